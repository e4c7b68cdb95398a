/**
 * 简体中文 (zh-Hans). Native review: pending. Register: 您 where a pronoun is needed,
 * otherwise omitted, as in product UI. Quotes “”; a space separates Han and Latin text.
 * Tor Browser labels follow its zh-CN localization as last verified (安全级别“最高安全性”,
 * “新身份”); newer releases may differ.
 */
import type { Messages } from "./en.ts";

export const zhHans: Messages = {
  "meta.title": "{org} — 安全联络",
  "meta.language": "语言",
  "nav.home": "首页",
  // review: Tor Browser zh-CN "Safest" label was “最高安全性” in older releases; newer ones may say “最安全”
  "footer.nojs":
    "关闭 JavaScript 后，这些页面仍可正常使用。请在 Tor Browser 中选择“最高安全性”安全级别。",
  "footer.logout": "退出登录",
  "nav.quickexit": "快速离开",
  "nav.guide": "安全指南",
  "warning.js.title": "JavaScript 已开启",
  // review: menu path follows Firefox zh-CN (设置 → 隐私与安全); "Safest" label as in footer.nojs
  "warning.js.body":
    "为了您的安全，请将其关闭：在 Tor Browser 中打开“设置 → 隐私与安全 → 安全级别”，选择“最高安全性”，然后重新加载此页面。",
  "warning.browser.title": "这不是 Tor Browser",
  // review: "Safest" label as in footer.nojs
  "warning.browser.body":
    "其他浏览器即使在隐私模式下，也可能暴露您的身份。请从 torproject.org 下载 Tor Browser，将安全级别设为“最高安全性”，然后用它打开我们的 .onion 地址。",
  "warning.onion.title": "您使用的不是我们的 onion 地址",
  "warning.onion.body":
    "请在 Tor Browser 中通过我们的 .onion 地址打开此页面。您可以将该地址与我们公开发布并签名的声明进行核对。通过其他途径访问我们，可能会暴露您的身份。",
  "warning.tor2web.title": "此连接并非匿名",
  "warning.tor2web.body":
    "您正在通过网页代理访问我们，该代理能看到您是谁以及您发送的内容。请关闭此页面，改用 Tor Browser 打开我们的 .onion 地址。",

  "landing.title": "安全地联系 {org}",
  "landing.intro":
    "您可以在这里向我们发送消息和文件，而无需告诉我们您是谁。您发送的所有内容在存储之前都会先在本服务器上加密，只有 {org} 中被指定接收的人员才能阅读。",
  "landing.start": "首次向我们发送内容",
  "landing.start.hint": "我们会给您一个代号。凭借代号，您可以回来继续发送内容，并阅读我们的回复。",
  "landing.returning": "我已经有代号了",
  "landing.returning.hint": "使用代号登录，以继续发送内容。",
  "landing.guide": "发送任何内容之前，请先阅读我们的安全指南。",

  "codename.title": "您的代号",
  "codename.intro":
    "这是您的代号，也是回到这段对话的唯一方式。我们无法再次向您显示它，也无法为您找回。",
  "codename.keep.title": "请妥善保管",
  "codename.keep.1": "请把它写在纸上，或者记在心里。不要保存在与您有关联的设备上。",
  "codename.keep.2": "不要告诉任何人：任何拿到它的人都能读到我们给您的回复。",
  "codename.keep.3": "{org} 的任何人都绝不会向您索要它。",
  "codename.continue": "我已记下，继续",

  "form.title": "发送消息或文件",
  "form.channel": "应由谁接收？",
  "form.message": "您的消息",
  "form.message.hint":
    "最多 {max, plural, other {# 个字符}}。请告诉我们您发送的是什么，以及它为何重要。",
  "form.files": "文件",
  "form.files.hint":
    "最多 {maxFiles, plural, other {# 个文件}}，每个不超过 {maxFile}，总计不超过 {maxTotal}。文件可能带有关于您的隐藏信息（作者姓名、位置、设备信息）：如有可能，请在发送前将其删除。",
  "form.send": "安全发送",
  "form.send.hint": "通过 Tor 发送大文件可能需要很长时间。请保持此标签页打开，直到看到确认信息。",

  "received.title": "已收到",
  "received.body": "您提交的内容已加密并存储。只有 {org} 中指定的接收人能够阅读。",
  "received.files": "{files, plural, other {已收到 # 个文件。}}",
  "received.next":
    "我们会阅读收到的所有内容，但可能不会回复，或者回复较晚。如需查看回复，请凭代号回到这里。",
  "received.more": "再发送其他内容",

  "login.title": "使用代号登录",
  "login.codename": "您的代号",
  // review: English "Any language we gave it to you in works" read as: type it in the language it was given in, whichever that was
  "login.hint":
    "您记下的那些词，词与词之间用空格隔开。无论我们当时用哪种语言给您代号，用该语言输入即可。",
  "login.submit": "继续",

  "source.title": "欢迎回来",
  "source.replies": "暂时还没有给您的回复。",
  "replies.title": "来自 {org} 的回复",
  "replies.hint": "每条回复读完后请删除。删除的回复将永久消失。",
  "replies.meta": "发送于 {day}",
  "replies.delete": "我已读过，删除",
  "replies.unreadable":
    "{count, plural, other {我们的回复中有 # 条无法打开，可能已损坏。如果内容重要，我们会重新发送。}}",

  "logout.title": "您已退出登录",
  "logout.body":
    "为了不在此浏览器中留下痕迹，请现在使用 Tor Browser 的“新身份”功能（扫帚图标，或按 Ctrl+Shift+U），它会关闭此标签页并清除其数据。",

  "guide.title": "安全指南",
  "guide.intro": "联系 {org} 时，以下步骤可以保护您。开始之前请全部读完，只需几分钟。",
  "guide.before.title": "联系我们之前",
  "guide.before.device":
    "请使用与您没有关联的设备和网络。切勿使用已被或可能被监控的工作或家庭网络；使用您平时不用的公共网络更安全。",
  "guide.before.tor":
    "只从官方网站 torproject.org 下载 Tor Browser。从其他地方获得的副本可能被篡改，用来监视您。",
  "guide.before.safest":
    "在 Tor Browser 中打开“设置 → 隐私与安全 → 安全级别”，选择“最高安全性”。我们的页面在此级别下可以正常使用。",
  "guide.before.verify":
    "发送任何内容之前，请核对我们的 .onion 地址。它必须与我们签名声明中的地址逐字一致：假网站可以和我们的网站一模一样，但不可能拥有我们的地址。",
  "guide.before.fingerprint":
    "我们的声明用我们的密钥签名。请确认我们的公钥指纹在我们发布它的所有地方都相同：我们的网站、我们发布的帖子、我们的印刷材料。如果地址或指纹在任何一处不同，请不要使用。",
  "guide.before.address": "我们的 .onion 地址",
  "guide.before.key": "我们的公钥指纹",
  "guide.send.title": "发送什么，以及如何清除元数据",
  "guide.send.what":
    "请发送能说明问题的材料：文件、照片，以及您自己对情况的叙述。请说明我们可以如何核实，但不要透露您是谁。",
  "guide.send.metadata":
    "文件中带有被称为“元数据”的隐藏信息：作者姓名、所用设备、日期，照片中还常常包含拍摄地点。如有可能，请在发送前将其清除，例如使用元数据清除工具，或者发送一份只保留内容的新副本。",
  "guide.send.screens":
    "屏幕的照片或截图可能暴露您的身份：上面可能显示您的姓名、账号、设置或时间；而且有些文件会为每个接收者制作成略有不同的版本。",
  "guide.send.printers":
    "许多彩色打印机会加上几乎看不见的微小黄点，记录打印机序列号和打印时间。如果打印机可能与您有关联，请不要发送用它打印的页面的扫描件或照片。",
  // review: “重新打字输入” for re-typing excerpts; “手动重新输入” may read better
  "guide.send.retype":
    "如有可能，请把重要段落重新打字输入，而不是发送文件本身：重新输入的摘录所带的隐藏标记最少。",
  "guide.codename.title": "如何保管您的代号",
  "guide.codename.paper":
    "请把代号手写在纸上。切勿把它存放在手机、电脑、密码管理器或云服务中：这些地方的内容可能在您不知情时被搜查、同步或备份。",
  "guide.codename.keep":
    "把纸放在只有您能拿到的地方，不再需要时将其销毁。任何拿到您代号的人都能读到我们给您的回复。",
  "guide.next.title": "接下来会怎样",
  "guide.next.read": "我们会阅读收到的所有内容。",
  "guide.next.reply":
    "我们可能不会回复，或者回复较晚。如需查看，请不时按照本指南再次访问，并用代号登录。",
  "guide.next.accounts":
    "切勿使用可能与您有关联的账号联系我们：不要用您的电子邮箱、电话号码或社交媒体账号。只使用本页面。",
  "guide.after.title": "事后不留痕迹",
  "guide.after.identity":
    "完成后，请使用 Tor Browser 的“新身份”功能（扫帚图标，或按 Ctrl+Shift+U），然后关闭 Tor Browser。",
  "guide.after.files":
    "不要把我们发来的文件保存在共用设备或与您有关联的设备上。请在这里阅读我们的回复，读完后将其删除。",

  "kit.title": "如何安全地联系 {org}",
  "kit.step1": "从 torproject.org 下载 Tor Browser。",
  // review: Tor Browser label as in footer.nojs (“最高安全性”); newer releases may differ
  "kit.step2": "在 Tor Browser 中将安全级别设为“最高安全性”。",
  "kit.step3": "打开我们的 .onion 地址：{address}",
  "kit.step4": "点击“首次向我们发送内容”，并把代号写在纸上。",
  "kit.step5": "之后凭代号回来，阅读我们的回复。",
  "kit.address_label": "我们的 .onion 地址",
  "kit.verify": "请将此地址与我们的签名声明核对。密钥指纹：{fingerprint}",
  "kit.scan": "扫码复制地址",
  "kit.video_intro":
    "您知道 {org} 应该了解的事情吗？下面介绍如何安全地告诉我们，而不暴露您的身份。",
  "kit.video_outro": "我们会阅读所有内容。切勿使用与您有关联的账号联系我们。",

  "error.back": "返回并重试",
  "error.code": "错误代码：{code}",
  "error.not_found.title": "找不到页面",
  "error.not_found.body": "此页面不存在。请检查地址，或返回首页。",
  "error.method_not_allowed.title": "不允许此操作",
  "error.method_not_allowed.body": "不能以这种方式使用此页面。请返回首页。",
  "error.unsupported_media_type.title": "表单未正确发送",
  "error.unsupported_media_type.body":
    "您的浏览器以我们不接受的格式发送了表单。请重新加载页面后重试。",
  "error.session_expired.title": "您的会话已结束",
  "error.session_expired.body":
    "为了您的安全，会话会在一段时间后结束。您之前发送的内容都不会丢失。请使用代号重新登录；如果没有代号，请重新开始。",
  "error.csrf_invalid.title": "此表单已过期",
  "error.csrf_invalid.body":
    "表单打开时间过长，或来自其他页面。没有发送任何内容。请重新加载页面后再次发送。",
  "error.codename_empty.title": "请输入您的代号",
  "error.codename_empty.body": "代号栏为空。请输入您记下的那些词。",
  "error.codename_too_long.title": "内容太长，不可能是代号",
  "error.codename_too_long.body": "代号由十二个词组成。请检查您输入的内容，然后重试。",
  "error.codename_mistyped.title": "此代号似乎输错了",
  "error.codename_mistyped.body":
    "其中某个词不在我们的词表中，或者词的顺序不对。请将这十二个词逐一与您记下的内容核对。",
  "error.codename_unknown.title": "我们没有这个代号的记录",
  "error.codename_unknown.body":
    "这些词是有效的，但从未有人用此代号提交过内容。如果您之前没有完成发送，请重新开始以获取新的代号。",
  "error.too_many_attempts.title": "当前尝试次数过多",
  "error.too_many_attempts.body":
    "我们目前收到很多错误的代号，因此正在放慢处理速度。请等待一分钟，检查您的代号，然后重试。",
  "error.codename_page_expired.title": "此代号页面已过期",
  "error.codename_page_expired.body":
    "为了您的安全，新代号必须在一小时内、在同一浏览器中从其页面继续。没有保存任何内容。请获取一个新代号，并从它的页面继续。",
  "error.too_many_new_sources.title": "当前新来源过多",
  "error.too_many_new_sources.body":
    "许多人正在同时开始，因此我们正在放慢速度。没有保存任何内容，向您显示的代号也未被使用。请等待一分钟，然后获取一个新代号。",
  "error.form_rejected.title": "无法接受此表单",
  "error.form_rejected.body":
    "一个普通人看不到的字段被填写了，自动程序通常会这样做。没有存储任何内容。如果您是真人，请重新加载页面后再次发送。",
  "error.form_too_large.title": "表单过大",
  "error.form_too_large.body": "没有更改任何内容。请返回，重新加载页面后重试。",
  "error.empty_submission.title": "没有可发送的内容",
  "error.empty_submission.body": "请写一条消息或至少选择一个文件，然后再次发送。",
  "error.message_too_long.title": "您的消息太长",
  "error.message_too_long.body":
    "消息最多 {max, plural, other {# 个字符}}。请缩短内容，或将文字放入文件中作为附件发送。没有发送任何内容。",
  "error.file_too_large.title": "某个文件过大",
  "error.file_too_large.body":
    "每个文件最大 {maxFile}。请将其拆分成较小的部分，或分几次提交。没有发送任何内容。",
  "error.submission_too_large.title": "一次发送的内容过多",
  "error.submission_too_large.body":
    "每次提交总计最多 {maxTotal}。请将文件分几次提交。没有发送任何内容。",
  "error.too_many_files.title": "文件过多",
  "error.too_many_files.body":
    "每次提交最多 {maxFiles, plural, other {# 个文件}}。请将它们打包成压缩文件，或分几次提交。没有发送任何内容。",
  "error.file_name_invalid.title": "某个文件名无法使用",
  "error.file_name_invalid.body":
    "文件名长度须为 1 到 255 个字符，且不能包含斜杠或不可见的控制字符。请重命名该文件后再次发送。没有发送任何内容。",
  "error.multipart_malformed.title": "上传的内容已损坏",
  "error.multipart_malformed.body":
    "收到的内容不完整，或格式不符合预期。没有存储任何内容。请重新加载页面后再次发送。",
  "error.channel_unknown.title": "请选择接收人",
  "error.channel_unknown.body": "请从列出的接收人中选择一位，然后再次发送。没有发送任何内容。",
  "error.channel_not_ready.title": "此联络渠道尚未就绪",
  "error.channel_not_ready.body":
    "目前还没有人能在这里接收提交的内容，因此没有存储任何内容。请稍后再试。",
  "error.upload_aborted.title": "上传已中断",
  "error.upload_aborted.body": "连接在全部内容到达之前就断开了，因此没有存储任何内容。请再次发送。",
  "error.storage_unavailable.title": "请稍后再试",
  "error.storage_unavailable.body":
    "服务器目前无法存储提交的内容。本次尝试的内容均未保留，您之前发送的内容不受影响。请过一会儿再试。",
  "error.internal.title": "出了点问题",
  "error.internal.body": "服务器出错了。本次尝试的内容均未保留。请稍后再试。",
};
