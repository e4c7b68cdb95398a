/**
 * Tiếng Việt (vi). Native review: pending. Register: "bạn", the usual polite form in
 * product UI; requests with "hãy" / "vui lòng". Quotes “”.
 * Tor Browser labels follow its Vietnamese localization as last verified ("An toàn nhất",
 * "Danh tính mới").
 */
import type { Messages } from "./en.ts";

export const vi: Messages = {
  "meta.title": "{org} — liên hệ an toàn",
  "meta.language": "Ngôn ngữ",
  "nav.home": "Trang chủ",
  "footer.nojs":
    "Các trang này vẫn hoạt động khi JavaScript đã tắt. Trong Tor Browser, hãy chọn mức bảo mật “An toàn nhất”.",
  "footer.logout": "Đăng xuất",
  "nav.quickexit": "Rời đi nhanh",
  "nav.guide": "Hướng dẫn an toàn",
  "warning.js.title": "JavaScript đang bật",
  // review: menu path follows Firefox's Vietnamese UI as remembered (Cài đặt → Riêng tư & Bảo mật → Mức độ bảo mật); check against the current Tor Browser
  "warning.js.body":
    "Vì sự an toàn của bạn, hãy tắt JavaScript: trong Tor Browser, mở Cài đặt → Riêng tư & Bảo mật → Mức độ bảo mật, rồi chọn “An toàn nhất”. Sau đó tải lại trang này.",
  "warning.browser.title": "Đây không phải là Tor Browser",
  "warning.browser.body":
    "Các trình duyệt khác, kể cả ở chế độ riêng tư, có thể làm lộ danh tính của bạn. Hãy tải Tor Browser từ torproject.org (nếu trang này bị chặn, hướng dẫn an toàn của chúng tôi sẽ chỉ bạn cách làm), đặt mức bảo mật thành “An toàn nhất”, rồi mở địa chỉ .onion của chúng tôi trong đó.",
  "warning.browser.ios":
    "Trên iPhone hoặc iPad, hãy dùng Onion Browser với mức bảo mật đặt thành “Vàng”, rồi mở địa chỉ .onion của chúng tôi trong đó. Các trình duyệt khác có thể làm lộ danh tính của bạn.",
  "warning.onion.title": "Bạn không dùng địa chỉ onion của chúng tôi",
  "warning.onion.body":
    "Hãy mở trang này trong Tor Browser bằng địa chỉ .onion của chúng tôi. Bạn có thể đối chiếu địa chỉ này với tuyên bố đã công bố và có chữ ký của chúng tôi. Các cách khác để liên lạc với chúng tôi có thể làm lộ danh tính của bạn.",
  "warning.tor2web.title": "Kết nối này không ẩn danh",
  "warning.tor2web.body":
    "Bạn đang truy cập qua một proxy web có thể thấy bạn là ai và bạn gửi gì. Hãy đóng trang này và mở địa chỉ .onion của chúng tôi trong Tor Browser.",

  "landing.title": "Liên hệ với {org} một cách an toàn",
  "landing.intro":
    "Tại đây, bạn có thể gửi tin nhắn và tệp cho chúng tôi mà không cần cho biết bạn là ai. Mọi thứ bạn gửi đều được mã hóa trên máy chủ này trước khi lưu, và chỉ những người ở {org} được chỉ định nhận mới đọc được.",
  "landing.start": "Gửi cho chúng tôi lần đầu",
  "landing.start.hint":
    "Chúng tôi sẽ cấp cho bạn một mật danh. Với mật danh này, bạn có thể quay lại để gửi thêm và đọc phản hồi của chúng tôi.",
  "landing.returning": "Tôi đã có mật danh",
  "landing.returning.hint": "Đăng nhập bằng mật danh để gửi thêm.",
  "landing.guide": "Trước khi gửi bất cứ thứ gì, hãy đọc hướng dẫn an toàn của chúng tôi.",
  "landing.blocked":
    "Tor bị chặn ở nơi bạn ở, hoặc bạn đang dùng điện thoại? Hướng dẫn an toàn của chúng tôi sẽ chỉ bạn cách làm.",

  "codename.title": "Mật danh của bạn",
  "codename.intro":
    "Đây là mật danh của bạn. Đó là cách duy nhất để quay lại cuộc trao đổi này. Chúng tôi không thể hiển thị lại mật danh cho bạn, cũng không thể khôi phục giúp bạn.",
  "codename.keep.title": "Hãy giữ kỹ",
  "codename.keep.1": "Hãy viết ra giấy hoặc ghi nhớ. Đừng lưu trên thiết bị có liên quan đến bạn.",
  "codename.keep.2":
    "Đừng chia sẻ: bất kỳ ai có mật danh này đều đọc được phản hồi chúng tôi gửi cho bạn.",
  "codename.keep.3": "Sẽ không bao giờ có ai ở {org} hỏi bạn mật danh này.",
  "codename.continue": "Tôi đã ghi lại — tiếp tục",

  "form.title": "Gửi tin nhắn hoặc tệp",
  "form.channel": "Ai sẽ nhận nội dung này?",
  "form.message": "Tin nhắn của bạn",
  "form.message.hint":
    "Tối đa {max, plural, other {# ký tự}}. Hãy cho chúng tôi biết bạn gửi gì và vì sao điều đó quan trọng.",
  "form.files": "Tệp",
  "form.files.hint":
    "Tối đa {maxFiles, plural, other {# tệp}}, mỗi tệp {maxFile}, tổng cộng {maxTotal}. Tệp có thể chứa thông tin ẩn về bạn (tên tác giả, vị trí, thông tin thiết bị): nếu có thể, hãy xóa những thông tin đó trước khi gửi.",
  "form.send": "Gửi an toàn",
  "form.send.hint":
    "Gửi tệp lớn qua Tor có thể mất nhiều thời gian. Hãy giữ thẻ này mở cho đến khi bạn thấy thông báo xác nhận.",

  "received.title": "Đã nhận",
  "received.body":
    "Nội dung bạn gửi đã được mã hóa và lưu trữ. Chỉ những người nhận được chỉ định ở {org} mới đọc được.",
  "received.files": "{files, plural, other {Đã nhận # tệp.}}",
  "received.next":
    "Chúng tôi đọc mọi thứ nhận được, nhưng có thể sẽ không phản hồi, hoặc phản hồi muộn. Để xem có phản hồi hay không, hãy quay lại với mật danh của bạn.",
  "received.more": "Gửi thêm nội dung khác",

  "login.title": "Đăng nhập bằng mật danh",
  "login.codename": "Mật danh của bạn",
  // review: English "Any language we gave it to you in works" read as: type it in the language it was given in, whichever that was
  "login.hint":
    "Các từ bạn đã ghi lại, cách nhau bằng dấu cách. Chúng tôi đã cấp mật danh cho bạn bằng ngôn ngữ nào thì bạn cứ nhập bằng ngôn ngữ đó.",
  "login.submit": "Tiếp tục",

  "source.title": "Chào mừng bạn quay lại",
  "source.replies": "Chưa có phản hồi nào cho bạn.",
  "replies.title": "Phản hồi từ {org}",
  "replies.hint": "Hãy xóa từng phản hồi sau khi đọc. Phản hồi đã xóa sẽ mất vĩnh viễn.",
  "replies.meta": "Gửi ngày {day}",
  "replies.delete": "Tôi đã đọc — xóa",
  "replies.unreadable":
    "{count, plural, other {Có # phản hồi của chúng tôi không mở được, có thể do bị hỏng. Nếu nội dung quan trọng, chúng tôi sẽ gửi lại.}}",

  "logout.title": "Bạn đã đăng xuất",
  "logout.body":
    "Để không để lại dấu vết trong trình duyệt này, hãy dùng ngay “Danh tính mới” của Tor Browser (biểu tượng cây chổi, hoặc Ctrl+Shift+U). Thao tác này sẽ đóng thẻ này và xóa dữ liệu của thẻ.",

  "guide.title": "Hướng dẫn an toàn",
  "guide.intro":
    "Các bước dưới đây giúp bảo vệ bạn khi liên hệ với {org}. Hãy đọc hết trước khi bắt đầu: chỉ mất vài phút.",
  "guide.before.title": "Trước khi liên hệ với chúng tôi",
  "guide.before.device":
    "Hãy dùng thiết bị và mạng không liên quan đến bạn. Tuyệt đối không dùng mạng ở nơi làm việc hay ở nhà nếu mạng đó đang hoặc có thể đang bị giám sát; một mạng công cộng mà bạn không thường dùng sẽ an toàn hơn.",
  "guide.before.tor":
    "Chỉ lấy Tor Browser từ Dự án Tor: trang torproject.org, các trang sao chép (mirror) chính thức, dịch vụ GetTor, hoặc cửa hàng ứng dụng chính thức trên điện thoại (xem bên dưới). Bản sao lấy từ nơi khác có thể đã bị chỉnh sửa để theo dõi bạn.",
  "guide.before.safest":
    "Trong Tor Browser, mở Cài đặt → Riêng tư & Bảo mật → Mức độ bảo mật, rồi chọn “An toàn nhất”. Các trang của chúng tôi hoạt động ở mức này.",
  "guide.before.verify":
    "Trước khi gửi bất cứ thứ gì, hãy kiểm tra địa chỉ .onion của chúng tôi. Địa chỉ này phải khớp từng ký tự với địa chỉ trong tuyên bố có chữ ký của chúng tôi: một trang giả có thể trông giống hệt trang của chúng tôi, nhưng không thể có địa chỉ của chúng tôi.",
  // review: «dấu vân tay khóa» for key fingerprint; check against Vietnamese security guides
  "guide.before.fingerprint":
    "Tuyên bố của chúng tôi được ký bằng khóa của chúng tôi. Hãy kiểm tra để chắc rằng dấu vân tay khóa công khai của chúng tôi giống nhau ở mọi nơi chúng tôi công bố: trên trang web, trong các bài đăng và trên tài liệu in của chúng tôi. Nếu địa chỉ hay dấu vân tay khác nhau ở bất cứ đâu, đừng dùng nó.",
  "guide.before.address": "Địa chỉ .onion của chúng tôi",
  "guide.before.key": "Dấu vân tay khóa công khai của chúng tôi",
  "guide.send.title": "Nên gửi gì, và cách xóa siêu dữ liệu",
  "guide.send.what":
    "Hãy gửi những gì cho thấy vấn đề: tài liệu, ảnh, và lời kể của chính bạn. Hãy giải thích cách chúng tôi có thể kiểm chứng, mà không cần nói bạn là ai.",
  "guide.send.metadata":
    "Tệp chứa thông tin ẩn gọi là siêu dữ liệu: tên tác giả, thiết bị đã dùng, ngày tháng, và với ảnh thì thường có cả nơi chụp. Nếu có thể, hãy xóa chúng trước khi gửi, chẳng hạn bằng một công cụ xóa siêu dữ liệu, hoặc gửi một bản sao mới chỉ giữ lại nội dung.",
  // review: covers both a photo of a screen and a screenshot in one phrase; check it reads naturally
  "guide.send.screens":
    "Ảnh chụp màn hình, dù chụp bằng máy ảnh hay bằng phím chụp, có thể làm lộ danh tính của bạn: nó có thể hiện tên, tài khoản, cài đặt của bạn hoặc thời gian, và một số tài liệu được làm hơi khác nhau cho mỗi người nhận.",
  "guide.send.printers":
    "Nhiều máy in màu thêm những chấm vàng rất nhỏ, gần như không nhìn thấy, ghi lại số sê-ri của máy in và thời điểm in. Đừng gửi bản quét hay ảnh chụp các trang in từ máy in có thể liên hệ đến bạn.",
  "guide.send.retype":
    "Khi có thể, hãy gõ lại những đoạn quan trọng thay vì gửi chính tài liệu: đoạn trích gõ lại mang ít dấu vết ẩn nhất.",
  "guide.codename.title": "Cách giữ mật danh",
  "guide.codename.paper":
    "Hãy viết tay mật danh ra giấy. Tuyệt đối không lưu nó trong điện thoại, máy tính, trình quản lý mật khẩu hay dịch vụ đám mây: những nơi đó có thể bị lục soát, đồng bộ hoặc sao lưu mà bạn không hay biết.",
  "guide.codename.keep":
    "Cất tờ giấy ở nơi chỉ bạn mới lấy được, và hủy nó khi không còn cần đến. Bất kỳ ai có mật danh của bạn đều đọc được phản hồi chúng tôi gửi cho bạn.",
  "guide.next.title": "Điều gì xảy ra tiếp theo",
  "guide.next.read": "Chúng tôi đọc mọi thứ nhận được.",
  "guide.next.reply":
    "Chúng tôi có thể không phản hồi, hoặc phản hồi muộn. Để kiểm tra, thỉnh thoảng hãy quay lại, mỗi lần đều làm theo hướng dẫn này, và đăng nhập bằng mật danh.",
  "guide.next.accounts":
    "Tuyệt đối không liên hệ với chúng tôi từ tài khoản có thể lần ra bạn: không dùng email, số điện thoại hay mạng xã hội của bạn. Chỉ dùng trang này.",
  "guide.after.title": "Không để lại dấu vết sau đó",
  "guide.after.identity":
    "Khi xong việc, hãy dùng “Danh tính mới” của Tor Browser (biểu tượng cây chổi, hoặc Ctrl+Shift+U), rồi đóng Tor Browser.",
  "guide.after.files":
    "Đừng lưu tệp chúng tôi gửi trên thiết bị dùng chung hoặc thiết bị có liên quan đến bạn. Hãy đọc phản hồi của chúng tôi tại đây, rồi xóa đi.",

  "guide.risk.title": "Có Tor trong máy có an toàn không?",
  "guide.risk.visible":
    "Ở một số nơi, chỉ riêng việc có Tor trên thiết bị, hoặc bị thấy đang dùng Tor, cũng có thể gây rắc rối cho bạn. Bên quản lý mạng của bạn thường có thể biết bạn dùng Tor, nhưng không biết bạn vào những trang nào. Cầu nối (xem bên dưới) khiến việc này khó bị phát hiện hơn, nhưng không phải là không thể.",
  "guide.risk.device":
    "Hãy dùng điện thoại hoặc máy tính chỉ của riêng bạn: không dùng thiết bị công việc, cũng không dùng thiết bị do chủ lao động, trường học hay người thân quản lý hoặc kiểm tra. Những thiết bị như vậy có thể ghi lại những gì bạn làm trên đó.",
  "guide.risk.search":
    "Đừng tìm kiếm về Tor, hay về chúng tôi, trên thiết bị hoặc mạng đang bị theo dõi: chính việc tìm kiếm cũng có thể bị thấy. Hãy bắt đầu từ một thiết bị và một mạng không liên quan đến bạn.",
  "guide.risk.remove":
    "Khi xong việc, bạn có thể gỡ Tor Browser: trên điện thoại, hãy gỡ cài đặt ứng dụng; trên máy tính, hãy xóa thư mục Tor Browser và tệp bạn đã tải về, rồi dọn sạch thùng rác.",
  "guide.risk.traces":
    "Gỡ đi không xóa được mọi dấu vết. Cửa hàng ứng dụng lưu danh sách những gì bạn đã cài, và một thiết bị bị kiểm tra kỹ có thể làm lộ nhiều hơn. Nếu điện thoại của bạn có thể bị kiểm tra, chẳng hạn ở trạm kiểm soát, hãy cân nhắc điều này trước khi cài bất cứ thứ gì.",

  "guide.blocked.title": "Nếu Tor bị chặn",
  "guide.blocked.intro":
    "Nếu Tor Browser không kết nối được, có thể mạng của bạn đang chặn Tor. Tor Browser có thể vượt qua việc chặn này bằng cầu nối: những điểm vào ẩn giúp kết nối của bạn khó bị nhận ra hơn. Cầu nối có thể chậm hơn.",
  // review: Tor Browser’s Vietnamese labels are not verified here: check the button “Try a bridge” (kept in English, with a translation) and the name of Connection Assist
  "guide.blocked.assist":
    "Trước tiên, hãy để Tor Browser tự chọn: khi kết nối thất bại, nhấn “Try a bridge” (Thử cầu nối). Đây là tính năng hỗ trợ kết nối: nó chọn cầu nối có nhiều khả năng hoạt động nhất ở nơi bạn ở. Nếu được hỏi, hãy chọn quốc gia hoặc khu vực của bạn.",
  // review: Tor Browser’s Vietnamese labels are not verified here: check “Select a Built-In Bridge” (desktop), “Config Bridge” and “Use a Bridge” (Android), kept in English with a translation; «Cài đặt → Kết nối» assumed for the settings pane
  "guide.blocked.builtin":
    "Nếu vẫn không được, hãy tự chọn cầu nối và thử lần lượt từng loại. Trên máy tính: menu (≡) → Cài đặt → Kết nối → “Select a Built-In Bridge” (Chọn cầu nối tích hợp sẵn). Trên Android: Cài đặt → “Config Bridge” (Cấu hình cầu nối) → “Use a Bridge” (Dùng cầu nối). Các lựa chọn:",
  "guide.blocked.snowflake":
    "Snowflake: chuyển kết nối của bạn qua máy tính của các tình nguyện viên và làm nó trông giống một cuộc gọi video. Thường hoạt động ở nơi các loại khác bị chặn, nhưng có thể chậm.",
  "guide.blocked.obfs4":
    "obfs4: làm kết nối của bạn trông giống nhiễu ngẫu nhiên. Hoạt động ở nhiều nơi, nhưng ở một số quốc gia, các cầu nối obfs4 tích hợp sẵn bị chặn và bạn cần cầu nối mới (xem bên dưới).",
  "guide.blocked.meek":
    "meek: làm kết nối của bạn trông giống như đang vào một trang web lớn, bình thường. Chậm, nhưng khó chặn: hãy thử khi các loại khác thất bại.",
  "guide.blocked.webtunnel":
    "WebTunnel: làm kết nối của bạn trông giống như một lần truy cập bình thường vào một trang web bảo mật. Loại này không có trong danh sách tích hợp sẵn: hãy xin cầu nối WebTunnel (xem bên dưới).",
  // review: Tor Browser’s Vietnamese labels are not verified here: check “Request bridges” (kept in English, with a translation)
  "guide.blocked.request":
    "Trên máy tính, bạn cũng có thể xin cầu nối mới ngay trong Tor Browser: trong cùng phần cài đặt đó, chọn “Request bridges” (Yêu cầu cầu nối), giải câu đố nhỏ hiện ra, rồi kết nối.",
  "guide.blocked.ask":
    "Hoặc xin cầu nối từ Dự án Tor: tại bridges.torproject.org, hoặc nếu trang đó bị chặn, theo các cách sau:",
  // review: Telegram has no official Vietnamese interface as far as known, so the bot’s “Start” button is kept in English with a translation; check what Vietnamese users see
  "guide.blocked.telegram":
    "Telegram: nhắn tin cho {bridgesBot}, bot của Dự án Tor. Nhấn “Start” (Bắt đầu), rồi xin cầu nối obfs4 hoặc WebTunnel, và sao chép những gì bot gửi.",
  "guide.blocked.email":
    "Email: gửi thư đến {bridgesEmail} từ một địa chỉ Gmail hoặc Riseup (địa chỉ khác sẽ không được trả lời), với nội dung thư là “get transport obfs4”.",
  // review: Tor Browser’s Vietnamese labels are not verified here: check “Add new bridges” (desktop) and “Provide a Bridge I know” (Android), kept in English with a translation
  "guide.blocked.paste":
    "Bạn sẽ nhận được vài dòng chữ: đó là địa chỉ cầu nối. Trong Tor Browser, chọn “Add new bridges” (Thêm cầu nối mới) trên máy tính, hoặc “Provide a Bridge I know” (Cung cấp cầu nối tôi biết) trên Android, rồi dán vào, mỗi dòng một địa chỉ.",
  "guide.blocked.seen":
    "Telegram, Gmail và Riseup có thể thấy bạn đã xin cầu nối. Nếu có thể, hãy dùng tài khoản không đứng tên bạn, và xóa các tin nhắn sau đó.",
  "guide.blocked.help":
    "Nếu không cách nào hiệu quả, bộ phận hỗ trợ của Dự án Tor có thể gửi cho bạn cầu nối riêng: gửi thư đến {helpEmail} với tiêu đề là “private bridge” kèm mã hai chữ cái của quốc gia bạn (ví dụ “private bridge ru”), hoặc nhắn cho {helpBot} trên Telegram.",

  "guide.get.title": "Nếu bạn không tải được Tor Browser",
  "guide.get.intro":
    "Nếu torproject.org bị chặn, hãy lấy Tor Browser từ Dự án Tor bằng cách khác. Tuyệt đối không cài bản sao do người khác gửi cho bạn.",
  // review: the GetTor bot’s “Send me Tor Browser” button is kept in English with a translation: check whether the bot shows it in Vietnamese once Vietnamese is chosen
  "guide.get.telegram":
    "Telegram: nhắn tin cho {gettorBot}, nhấn “Start” (Bắt đầu), chọn ngôn ngữ, rồi chọn “Send me Tor Browser” (Gửi cho tôi Tor Browser) và hệ điều hành của bạn. Bot sẽ gửi chính tệp cài đặt.",
  "guide.get.email":
    "Email: gửi thư đến {gettorEmail} với đúng một từ ở cả tiêu đề và nội dung: windows, macos, linux hoặc android. Thư trả lời có các liên kết tải về.",
  "guide.get.mirrors": "Các bản sao chính thức của trang web Dự án Tor: {mirror1} và {mirror2}.",
  "guide.get.phone":
    "Trên điện thoại, bạn cũng có thể dùng cửa hàng ứng dụng chính thức: “Tor Browser” trên Google Play, hoặc “Onion Browser” trên App Store. Hãy cẩn thận với các ứng dụng giả mạo có tên tương tự.",

  "guide.phone.title": "Trên điện thoại",
  "guide.phone.intro":
    "Các trang của chúng tôi dùng được trên điện thoại. Chỉ mở chúng trong Tor Browser (Android) hoặc Onion Browser (iPhone, iPad), tuyệt đối không mở trong trình duyệt bạn vẫn dùng hằng ngày.",
  // review: Tor Browser for Android’s Vietnamese labels are not verified here: check “Connect” and “Try a bridge”, kept in English with a translation
  "guide.phone.android.connect":
    "Android: mở Tor Browser và nhấn “Connect” (Kết nối). Nếu thất bại, nhấn “Try a bridge” (Thử cầu nối), hoặc xem mục “Nếu Tor bị chặn” ở trên.",
  // review: Tor Browser for Android’s Vietnamese labels are not verified here: check “Save and restart” (kept in English) and “Riêng tư & Bảo mật”, taken from the desktop path
  "guide.phone.android.safest":
    "Sau đó đặt mức nghiêm ngặt nhất: menu (⋮) → Cài đặt → Mức độ bảo mật (trong mục “Riêng tư & Bảo mật”) → “An toàn nhất” → “Save and restart” (Lưu và khởi động lại). Thao tác này sẽ tắt JavaScript.",
  "guide.phone.android.after":
    "Tor Browser cho Android không có nút “Danh tính mới”. Khi xong việc, hãy đóng tất cả các thẻ, rồi thoát hẳn ứng dụng.",
  "guide.phone.ios.app":
    "iPhone và iPad: không có Tor Browser. Hãy dùng Onion Browser, được Dự án Tor khuyên dùng. Khi được hỏi, hãy cài và dùng Orbot, một ứng dụng miễn phí chạy cùng Onion Browser: cách này an toàn hơn Tor tích hợp sẵn của Onion Browser.",
  "guide.phone.ios.gold":
    "Sau đó đặt mức nghiêm ngặt nhất: Cài đặt → Thiết lập bảo mật mặc định → “Vàng”. Mức “Vàng” sẽ tắt JavaScript.",
  // review: Orbot for iPhone has no Vietnamese translation (orbot-apple Shared/*.lproj), so its labels stay in English with a translation; check again if one appears
  "guide.phone.ios.bridges":
    "Nếu Orbot không kết nối được, hãy mở Orbot và chọn cách kết nối khác, chẳng hạn Snowflake hoặc “Built-in Bridges (obfs4)” (Cầu nối tích hợp sẵn), hoặc dán các cầu nối bạn đã xin vào mục “Custom Bridges” (Cầu nối tùy chỉnh).",
  "guide.phone.ios.limits":
    "Apple buộc mọi trình duyệt trên iPhone phải dùng bộ máy của Apple, nên Onion Browser không thể bảo vệ bạn đầy đủ như Tor Browser. Nếu có thể chọn, hãy dùng Tor Browser trên máy tính hoặc trên Android.",
  "guide.phone.ios.after":
    "Khi xong việc, hãy nhấn giữ biểu tượng Onion Browser và chọn “Xóa dữ liệu”.",
  "guide.phone.codename":
    "Trên điện thoại, bạn có thể chỉ gõ bốn chữ cái đầu của mỗi từ trong mật danh.",

  "guide.links.title": "Tuyệt đối không mở địa chỉ của chúng tôi bên trong một ứng dụng",
  "guide.links.inapp":
    "Nếu bạn thấy địa chỉ của chúng tôi trên Telegram, Instagram, Facebook hoặc X, đừng chạm vào. Các ứng dụng này mở liên kết bằng trình duyệt tích hợp sẵn của riêng chúng: trình duyệt đó không mở được địa chỉ .onion, có thể làm lộ địa chỉ cho mạng của bạn, và cho phép ứng dụng theo dõi những gì bạn làm trên trang.",
  "guide.links.copy":
    "Thay vào đó, hãy nhấn giữ địa chỉ và chọn “Sao chép”. Mở Tor Browser hoặc Onion Browser, dán vào thanh địa chỉ, và kiểm tra xem nó có khớp chính xác với địa chỉ của chúng tôi không.",
  "guide.links.qr":
    "Mã QR của chúng tôi cũng vậy: khi máy ảnh đề nghị mở liên kết, hãy chọn “Sao chép” thay vì mở, rồi dán vào Tor Browser hoặc Onion Browser.",

  "kit.title": "Cách liên hệ an toàn với {org}",
  "kit.step1":
    "Tải Tor Browser (máy tính, Android) hoặc Onion Browser (iPhone) từ nguồn chính thức.",
  "kit.step2":
    "Đặt mức nghiêm ngặt nhất: “An toàn nhất” trong Tor Browser, “Vàng” trong Onion Browser.",
  "kit.step3": "Mở địa chỉ .onion của chúng tôi: {address}",
  "kit.step4": "Nhấn “Gửi cho chúng tôi lần đầu” và viết mật danh ra giấy.",
  "kit.step5": "Sau đó quay lại với mật danh để đọc phản hồi của chúng tôi.",
  "kit.address_label": "Địa chỉ .onion của chúng tôi",
  "kit.verify":
    "Hãy đối chiếu địa chỉ này với tuyên bố có chữ ký của chúng tôi. Dấu vân tay khóa: {fingerprint}",
  "kit.scan": "Quét để sao chép địa chỉ",
  "kit.video_intro":
    "Bạn biết điều gì mà {org} cần biết? Đây là cách cho chúng tôi biết một cách an toàn, không để lộ bạn là ai.",
  "kit.video_outro":
    "Chúng tôi đọc mọi thứ. Tuyệt đối không liên hệ với chúng tôi từ tài khoản có liên quan đến bạn.",
  "kit.inapp":
    "Đừng chạm vào địa chỉ của chúng tôi trên Telegram, Instagram, Facebook hoặc X: hãy sao chép và dán vào Tor Browser.",
  "kit.blocked.title": "Tor bị chặn?",
  // review: “Try a bridge” kept in English with a translation, as in guide.blocked.assist
  "kit.blocked":
    "Trong Tor Browser, nhấn “Try a bridge” (Thử cầu nối), hoặc chọn Snowflake, obfs4 hay meek trong phần cài đặt kết nối.",
  "kit.blocked.ask":
    "Cầu nối mới: Telegram {bridgesBot} · email {bridgesEmail} (chỉ từ Gmail hoặc Riseup)",
  "kit.get":
    "torproject.org bị chặn? Telegram {gettorBot} · email {gettorEmail} · {mirror1} · {mirror2}",
  "kit.phone":
    "Trên điện thoại: Tor Browser trên Android (“An toàn nhất”), Onion Browser trên iPhone (“Vàng”).",
  "kit.risk":
    "Có Tor trong máy có thể nguy hiểm ở một số nơi. Hãy dùng thiết bị chỉ của riêng bạn, không bao giờ dùng thiết bị công việc.",
  // review: “Try a bridge” kept in English with a translation, as in guide.blocked.assist
  "kit.video_blocked":
    "Tor bị chặn? Nhấn “Try a bridge” (Thử cầu nối). Cầu nối mới trên Telegram: {bridgesBot}",

  "error.back": "Quay lại và thử lại",
  "error.code": "Mã lỗi: {code}",
  "error.not_found.title": "Không tìm thấy trang",
  "error.not_found.body": "Trang này không tồn tại. Hãy kiểm tra địa chỉ, hoặc quay lại trang chủ.",
  "error.method_not_allowed.title": "Không được phép",
  "error.method_not_allowed.body": "Không thể dùng trang này theo cách đó. Hãy quay lại trang chủ.",
  "error.unsupported_media_type.title": "Biểu mẫu chưa được gửi đúng cách",
  "error.unsupported_media_type.body":
    "Trình duyệt của bạn đã gửi biểu mẫu ở định dạng mà chúng tôi không chấp nhận. Hãy tải lại trang và thử lại.",
  "error.session_expired.title": "Phiên của bạn đã kết thúc",
  "error.session_expired.body":
    "Vì sự an toàn của bạn, phiên sẽ kết thúc sau một thời gian. Những gì bạn đã gửi trước đó không bị mất. Hãy đăng nhập lại bằng mật danh, hoặc bắt đầu lại nếu bạn chưa có mật danh.",
  "error.csrf_invalid.title": "Biểu mẫu này đã hết hạn",
  "error.csrf_invalid.body":
    "Biểu mẫu đã mở quá lâu hoặc đến từ một trang khác. Không có gì được gửi đi. Hãy tải lại trang và gửi lại.",
  "error.codename_empty.title": "Hãy nhập mật danh của bạn",
  "error.codename_empty.body": "Ô mật danh đang trống. Hãy nhập các từ bạn đã ghi lại.",
  "error.codename_too_long.title": "Quá dài để là một mật danh",
  "error.codename_too_long.body":
    "Mật danh gồm mười hai từ. Hãy kiểm tra những gì bạn đã nhập và thử lại.",
  "error.codename_mistyped.title": "Có vẻ mật danh bị nhập sai",
  "error.codename_mistyped.body":
    "Một trong các từ không có trong danh sách từ của chúng tôi, hoặc các từ bị sai thứ tự. Hãy đối chiếu từng từ trong mười hai từ với những gì bạn đã ghi lại.",
  "error.codename_unknown.title": "Chúng tôi không biết mật danh này",
  "error.codename_unknown.body":
    "Các từ đều hợp lệ, nhưng chưa từng có nội dung nào được gửi bằng mật danh này. Nếu bạn chưa bao giờ gửi xong, hãy bắt đầu lại để nhận mật danh mới.",
  "error.too_many_attempts.title": "Hiện có quá nhiều lần thử",
  "error.too_many_attempts.body":
    "Hiện chúng tôi đang nhận nhiều mật danh sai, nên chúng tôi đang xử lý chậm lại. Hãy đợi một phút, kiểm tra mật danh của bạn và thử lại.",
  "error.codename_page_expired.title": "Trang mật danh này đã hết hạn",
  "error.codename_page_expired.body":
    "Vì sự an toàn của bạn, mật danh mới phải được tiếp tục từ trang của nó trong vòng một giờ, trên cùng một trình duyệt. Không có gì được lưu. Hãy lấy một mật danh mới và tiếp tục từ trang của nó.",
  "error.too_many_new_sources.title": "Hiện có quá nhiều nguồn tin mới",
  "error.too_many_new_sources.body":
    "Nhiều người đang bắt đầu cùng lúc nên chúng tôi đang chậm lại. Không có gì được lưu, và mật danh đã hiển thị cho bạn chưa được dùng. Hãy đợi một phút rồi lấy một mật danh mới.",
  "error.form_rejected.title": "Không thể chấp nhận biểu mẫu",
  "error.form_rejected.body":
    "Một ô mà người dùng không bao giờ nhìn thấy đã được điền, giống như cách các chương trình tự động làm. Không có gì được lưu. Nếu bạn là người thật, hãy tải lại trang và gửi lại.",
  "error.form_too_large.title": "Biểu mẫu quá lớn",
  "error.form_too_large.body":
    "Không có gì bị thay đổi. Hãy quay lại trang trước, tải lại trang rồi thử lại.",
  "error.empty_submission.title": "Không có gì để gửi",
  "error.empty_submission.body": "Hãy viết tin nhắn hoặc chọn ít nhất một tệp, rồi gửi lại.",
  "error.message_too_long.title": "Tin nhắn của bạn quá dài",
  "error.message_too_long.body":
    "Tin nhắn có thể dài tối đa {max, plural, other {# ký tự}}. Hãy rút ngắn, hoặc đưa nội dung vào một tệp rồi đính kèm. Không có gì được gửi đi.",
  "error.file_too_large.title": "Có tệp quá lớn",
  "error.file_too_large.body":
    "Mỗi tệp có dung lượng tối đa {maxFile}. Hãy chia tệp thành các phần nhỏ hơn hoặc gửi trong nhiều lần. Không có gì được gửi đi.",
  "error.submission_too_large.title": "Quá nhiều trong một lần",
  "error.submission_too_large.body":
    "Mỗi lần gửi có tổng dung lượng tối đa {maxTotal}. Hãy gửi các tệp trong nhiều lần. Không có gì được gửi đi.",
  "error.too_many_files.title": "Quá nhiều tệp",
  "error.too_many_files.body":
    "Mỗi lần gửi có thể chứa tối đa {maxFiles, plural, other {# tệp}}. Hãy gộp chúng vào một tệp nén, hoặc gửi trong nhiều lần. Không có gì được gửi đi.",
  "error.file_name_invalid.title": "Có tên tệp không dùng được",
  "error.file_name_invalid.body":
    "Tên tệp phải dài từ 1 đến 255 ký tự, không có dấu gạch chéo hay ký tự điều khiển vô hình. Hãy đổi tên tệp và gửi lại. Không có gì được gửi đi.",
  "error.multipart_malformed.title": "Dữ liệu tải lên bị hỏng",
  "error.multipart_malformed.body":
    "Dữ liệu nhận được không đầy đủ hoặc không đúng dạng như mong đợi. Không có gì được lưu. Hãy tải lại trang và gửi lại.",
  "error.channel_unknown.title": "Hãy chọn người sẽ nhận",
  "error.channel_unknown.body":
    "Hãy chọn một trong những người nhận được liệt kê và gửi lại. Không có gì được gửi đi.",
  "error.channel_not_ready.title": "Điểm liên hệ này chưa sẵn sàng",
  "error.channel_not_ready.body":
    "Hiện chưa có ai có thể nhận nội dung gửi tại đây, nên không có gì được lưu. Vui lòng thử lại sau.",
  "error.upload_aborted.title": "Quá trình tải lên bị gián đoạn",
  "error.upload_aborted.body":
    "Kết nối đã ngắt trước khi mọi thứ được gửi đến, nên không có gì được lưu. Hãy gửi lại.",
  "error.storage_unavailable.title": "Vui lòng thử lại sau",
  "error.storage_unavailable.body":
    "Máy chủ hiện không thể lưu nội dung gửi. Không có gì từ lần thử này được giữ lại, và những gì bạn đã gửi trước đó không bị ảnh hưởng. Hãy thử lại sau một lúc.",
  "error.internal.title": "Đã xảy ra sự cố",
  "error.internal.body":
    "Máy chủ đã gặp lỗi. Không có gì từ lần thử này được giữ lại. Vui lòng thử lại sau.",
};
