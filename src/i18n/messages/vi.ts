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
    "Các trình duyệt khác, kể cả ở chế độ riêng tư, có thể làm lộ danh tính của bạn. Hãy tải Tor Browser từ torproject.org, đặt mức bảo mật thành “An toàn nhất”, rồi mở địa chỉ .onion của chúng tôi trong đó.",
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
    "Chỉ tải Tor Browser từ trang chính thức torproject.org. Bản sao lấy từ nơi khác có thể đã bị chỉnh sửa để theo dõi bạn.",
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

  "kit.title": "Cách liên hệ an toàn với {org}",
  "kit.step1": "Tải Tor Browser từ torproject.org.",
  "kit.step2": "Trong Tor Browser, đặt Mức độ bảo mật thành “An toàn nhất”.",
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
