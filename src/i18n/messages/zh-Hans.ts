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
    "其他浏览器即使在隐私模式下，也可能暴露您的身份。请从 torproject.org 下载 Tor Browser（如果该网站被封锁，我们的安全指南会告诉您怎么办），将安全级别设为“最高安全性”，然后用它打开我们的 .onion 地址。",
  // Onion Browser’s zh-Hans labels: "Default Security" = 默认安全, "Gold" = “最安全” (not Tor Browser’s “最高安全性”)
  "warning.browser.ios":
    "在 iPhone 或 iPad 上，请使用 Onion Browser，并将其安全级别设为“最安全”，然后用它打开我们的 .onion 地址。其他浏览器可能会暴露您的身份。",
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
  "landing.blocked": "您所在的地方封锁了 Tor，或者您在用手机？我们的安全指南会告诉您怎么办。",

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
    "只从 Tor 项目获取 Tor Browser：其网站 torproject.org、官方镜像站、GetTor 服务，或者手机上的官方应用商店（见下文）。从其他地方获得的副本可能被篡改，用来监视您。",
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

  "guide.risk.title": "装有 Tor 安全吗？",
  "guide.risk.visible":
    "在有些地方，设备上装有 Tor，或者被人看到在用它，本身就可能带来麻烦。管理您所用网络的人通常能看出您在用 Tor，但看不到您访问了哪些网站。网桥（见下文）能让这一点更难被看出，但不是不可能。",
  "guide.risk.device":
    "请使用只属于您自己的手机或电脑：不要用工作设备，也不要用雇主、学校或亲属管理或检查的设备。这类设备可能会记录您在上面做的事。",
  "guide.risk.search":
    "不要在受监视的设备或网络上搜索 Tor 或我们：搜索这一行为本身就可能被看到。请从与您没有关联的设备和网络开始。",
  "guide.risk.remove":
    "用完之后，您可以删除 Tor Browser：在手机上，卸载该应用；在电脑上，删除 Tor Browser 文件夹和您下载的文件，然后清空回收站。",
  "guide.risk.traces":
    "删除它并不能清除所有痕迹。应用商店会保留您安装过的应用列表；设备如果被仔细检查，还可能暴露更多信息。如果您的手机可能被检查（例如在检查站），请在安装任何东西之前先想清楚这一点。",

  "guide.blocked.title": "如果 Tor 被封锁",
  "guide.blocked.intro":
    "如果 Tor Browser 无法连接，可能是您的网络封锁了 Tor。Tor Browser 可以用网桥绕过封锁：网桥是隐藏的入口，让您的连接更难被识别。使用网桥可能会更慢。",
  // review: Tor Browser zh-CN labels for "Try a bridge" and "Connection Assist" (连接助手) not verified; English label kept with a translation
  "guide.blocked.assist":
    "首先让 Tor Browser 自己选择：连接失败时，点击“Try a bridge”（尝试网桥）。这就是“连接助手”（Connection Assist）：它会挑选在您所在地最可能有效的网桥。如果它询问，请选择您的国家或地区。",
  // review: Tor Browser zh-CN labels (desktop "Select a Built-In Bridge"; Android "Config Bridge", "Use a Bridge") not verified; English kept, translations in parentheses are ours. 设置 → 连接 follows Firefox zh-CN
  "guide.blocked.builtin":
    "如果还是不行，就自己选择网桥，一个接一个地试。在电脑上：菜单（≡）→ 设置 → 连接 → “Select a Built-In Bridge”（选择内置网桥）。在 Android 上：设置 → “Config Bridge”（配置网桥）→ “Use a Bridge”（使用网桥）。可选的有：",
  "guide.blocked.snowflake":
    "Snowflake：让您的连接经过志愿者的电脑，看起来像一次视频通话。在其他方式被封锁的地方往往仍然有效，但可能较慢。",
  "guide.blocked.obfs4":
    "obfs4：让您的连接看起来像随机噪声。在许多地方有效，但在一些国家，内置的 obfs4 网桥已被封锁，您需要新的网桥（见下文）。",
  "guide.blocked.meek":
    "meek：让您的连接看起来像在访问一个大型的普通网站。速度慢，但很难被封锁：其他方式都失败时再试它。",
  "guide.blocked.webtunnel":
    "WebTunnel：让您的连接看起来像在正常访问一个安全网站。它不在内置列表中：请索取 WebTunnel 网桥（见下文）。",
  // review: Tor Browser zh-CN label for "Request bridges" not verified; "solve the small puzzle" rendered as 完成一个简单的验证码 (it is a CAPTCHA)
  "guide.blocked.request":
    "在电脑上，您也可以在 Tor Browser 内索取新网桥：在同一设置中选择“Request bridges”（请求网桥），完成一个简单的验证码，然后连接。",
  "guide.blocked.ask":
    "或者向 Tor 项目索取网桥：在 bridges.torproject.org 上索取；如果该网站被封锁，可以这样做：",
  // review: Telegram has no official zh-Hans interface: the button may read “Start” or, with a language pack, “开始”
  "guide.blocked.telegram":
    "Telegram：给 Tor 项目的机器人 {bridgesBot} 发消息。点击“Start”（开始），然后索取 obfs4 或 WebTunnel 网桥，并复制它发来的内容。",
  "guide.blocked.email":
    "电子邮件：用 Gmail 或 Riseup 邮箱（从其他邮箱发信不会收到回复）给 {bridgesEmail} 写信，正文写“get transport obfs4”。",
  // review: Tor Browser zh-CN labels for "Add new bridges" and "Provide a Bridge I know" not verified; English kept with a translation
  "guide.blocked.paste":
    "您会收到几行文字：这就是网桥地址。在 Tor Browser 中，电脑上选择“Add new bridges”（添加新网桥），Android 上选择“Provide a Bridge I know”（提供我知道的网桥），然后把它们粘贴进去，每行一个。",
  "guide.blocked.seen":
    "Telegram、Gmail 和 Riseup 能看到您索取过网桥。如有可能，请使用不是以您名字注册的账号，事后删除这些消息。",
  // review: the example country code is “cn” here (English has “ru”): check that the organization wants it
  "guide.blocked.help":
    "如果都不行，Tor 项目的帮助台可以发给您私有网桥：给 {helpEmail} 写信，主题写“private bridge”加上您所在国家的两字母代码（例如“private bridge cn”），或者在 Telegram 上联系 {helpBot}。",

  "guide.get.title": "如果无法下载 Tor Browser",
  "guide.get.intro":
    "如果 torproject.org 被封锁，请通过其他途径从 Tor 项目获取 Tor Browser。切勿安装别人发给您的副本。",
  // review: after the language is chosen the GetTor bot answers in that language: check its Chinese wording of "Send me Tor Browser"
  "guide.get.telegram":
    "Telegram：给 {gettorBot} 发消息，点击“Start”（开始），选择您的语言，然后选择“Send me Tor Browser”（给我发送 Tor Browser）和您的系统。它会直接发送文件本身。",
  "guide.get.email":
    "电子邮件：给 {gettorEmail} 写信，主题和正文都只写一个词：windows、macos、linux 或 android。回信中有下载链接。",
  "guide.get.mirrors": "Tor 项目网站的官方镜像：{mirror1} 和 {mirror2}。",
  "guide.get.phone":
    "在手机上，您也可以使用官方应用商店：Google Play 上的“Tor Browser”，或 App Store 上的“Onion Browser”。谨防名称相似的仿冒应用。",

  "guide.phone.title": "在手机上",
  "guide.phone.intro":
    "我们的页面可以在手机上使用。只在 Tor Browser（Android）或 Onion Browser（iPhone、iPad）中打开，切勿在您平时用的浏览器中打开。",
  // review: Tor Browser for Android zh-CN labels for "Connect" and "Try a bridge" not verified
  "guide.phone.android.connect":
    "Android：打开 Tor Browser，点击“Connect”（连接）。如果失败，点击“Try a bridge”（尝试网桥），或参阅上文“如果 Tor 被封锁”。",
  // review: "Safest" label as in footer.nojs; "Save and restart" and the section heading “隐私与安全” not verified in Tor Browser for Android zh-CN
  "guide.phone.android.safest":
    "然后设为最严格的级别：菜单（⋮）→ 设置 → 安全级别（在“隐私与安全”下）→ “最高安全性” → “Save and restart”（保存并重启）。这会关闭 JavaScript。",
  "guide.phone.android.after":
    "Android 版 Tor Browser 没有“新身份”按钮。完成后，请关闭所有标签页，然后彻底关闭该应用。",
  "guide.phone.ios.app":
    "iPhone 和 iPad：没有 Tor Browser。请使用 Tor 项目推荐的 Onion Browser。它提示时，请安装并使用 Orbot（一款与它配合使用的免费应用）：这比 Onion Browser 内置的 Tor 更安全。",
  "guide.phone.ios.gold":
    "然后设为最严格的级别：设置 → 默认安全 → “最安全”。“最安全”会关闭 JavaScript。",
  "guide.phone.ios.bridges":
    "如果 Orbot 无法连接，请打开 Orbot，选择另一种连接方式，例如 Snowflake 或“内置网桥（obfs4）”，或者在“自定义网桥”下粘贴您索取到的网桥。",
  "guide.phone.ios.limits":
    "Apple 要求 iPhone 上的所有浏览器都使用它自己的引擎，因此 Onion Browser 无法像 Tor Browser 那样全面地保护您。如果可以选择，请在电脑或 Android 上使用 Tor Browser。",
  "guide.phone.ios.after": "完成后，长按 Onion Browser 图标，选择“清除数据”。",
  "guide.phone.codename": "在手机上，代号的每个词您可以只输入前四个字母。",

  "guide.links.title": "切勿在应用内打开我们的地址",
  "guide.links.inapp":
    "如果您在 Telegram、Instagram、Facebook 或 X 中看到我们的地址，不要点它。这些应用会用自己的内置浏览器打开链接：它打不开 .onion 地址，可能会把这个地址暴露给您的网络，还会让该应用看到您在页面上做的事。",
  "guide.links.copy":
    "正确的做法是：长按该地址，选择“复制”。打开 Tor Browser 或 Onion Browser，把它粘贴到地址栏，并核对它与我们的地址完全一致。",
  // review: iOS zh-Hans says “拷贝” where Android says “复制”; “复制” kept for both
  "guide.links.qr":
    "我们的二维码也是一样：当相机提示打开链接时，请改为选择“复制”，然后把它粘贴到 Tor Browser 或 Onion Browser 中。",

  "kit.title": "如何安全地联系 {org}",
  "kit.step1": "从官方渠道获取 Tor Browser（电脑、Android）或 Onion Browser（iPhone）。",
  // review: Tor Browser label as in footer.nojs (“最高安全性”); newer releases may differ. “最安全” is Onion Browser’s own zh-Hans label for "Gold"
  "kit.step2": "设为最严格的级别：在 Tor Browser 中选“最高安全性”，在 Onion Browser 中选“最安全”。",
  "kit.step3": "打开我们的 .onion 地址：{address}",
  "kit.step4": "点击“首次向我们发送内容”，并把代号写在纸上。",
  "kit.step5": "之后凭代号回来，阅读我们的回复。",
  "kit.address_label": "我们的 .onion 地址",
  "kit.verify": "请将此地址与我们的签名声明核对。密钥指纹：{fingerprint}",
  "kit.scan": "扫码复制地址",
  "kit.video_intro":
    "您知道 {org} 应该了解的事情吗？下面介绍如何安全地告诉我们，而不暴露您的身份。",
  "kit.video_outro": "我们会阅读所有内容。切勿使用与您有关联的账号联系我们。",
  "kit.inapp":
    "不要在 Telegram、Instagram、Facebook 或 X 中点击我们的地址：请复制它，粘贴到 Tor Browser 中。",
  "kit.blocked.title": "Tor 被封锁？",
  // review: "Try a bridge" as in guide.blocked.assist
  "kit.blocked":
    "在 Tor Browser 中点击“Try a bridge”（尝试网桥），或在它的连接设置中选择 Snowflake、obfs4 或 meek。",
  "kit.blocked.ask":
    "新网桥：Telegram {bridgesBot} · 电子邮件 {bridgesEmail}（只能从 Gmail 或 Riseup 发送）",
  "kit.get":
    "torproject.org 被封锁？Telegram {gettorBot} · 电子邮件 {gettorEmail} · {mirror1} · {mirror2}",
  // review: Tor Browser "Safest" label as in footer.nojs; “最安全” is Onion Browser’s "Gold"
  "kit.phone":
    "在手机上：Android 用 Tor Browser（“最高安全性”），iPhone 用 Onion Browser（“最安全”）。",
  "kit.risk": "在有些地方，装有 Tor 可能有风险。请使用只属于您自己的设备，切勿使用工作设备。",
  // review: "Try a bridge" as in guide.blocked.assist
  "kit.video_blocked":
    "Tor 被封锁？点击“Try a bridge”（尝试网桥）。在 Telegram 上获取新网桥：{bridgesBot}",

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
