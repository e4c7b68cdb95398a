/**
 * 繁體中文 (zh-Hant), Taiwan usage (檔案, 訊息, 伺服器, 分頁). Native review: pending.
 * Register: 您 where a pronoun is needed, otherwise omitted. Quotes 「」; a space
 * separates Han and Latin text. Tor Browser labels follow its zh-TW localization as last
 * verified (安全等級「最安全」, 「新識別身分」); newer releases may differ.
 */
import type { Messages } from "./en.ts";

export const zhHant: Messages = {
  "meta.title": "{org} — 安全聯絡",
  "meta.language": "語言",
  "nav.home": "首頁",
  "footer.nojs":
    "關閉 JavaScript 後，這些頁面仍可正常使用。請在 Tor Browser 中選擇「最安全」安全等級。",
  "footer.logout": "登出",
  "nav.quickexit": "快速離開",
  "nav.guide": "安全指南",
  "warning.js.title": "JavaScript 已開啟",
  // review: menu path follows Firefox zh-TW (設定 → 隱私權與安全性); check against the current Tor Browser
  "warning.js.body":
    "為了您的安全，請將它關閉：在 Tor Browser 中開啟「設定 → 隱私權與安全性 → 安全等級」，選擇「最安全」，然後重新載入此頁面。",
  "warning.browser.title": "這不是 Tor Browser",
  "warning.browser.body":
    "其他瀏覽器即使在隱私模式下，也可能洩露您的身分。請從 torproject.org 下載 Tor Browser（如果該網站遭到封鎖，我們的安全指南會說明該怎麼做），將安全等級設為「最安全」，再用它開啟我們的 .onion 網址。",
  // Onion Browser’s zh-Hant labels: "Default Security" = 預設安全性, "Gold" = 金牌
  "warning.browser.ios":
    "在 iPhone 或 iPad 上，請使用 Onion Browser，並將安全等級設為「金牌」，再用它開啟我們的 .onion 網址。其他瀏覽器可能會洩露您的身分。",
  "warning.onion.title": "您使用的不是我們的 onion 網址",
  "warning.onion.body":
    "請在 Tor Browser 中透過我們的 .onion 網址開啟此頁面。您可以將該網址與我們公開發布並簽署的聲明核對。透過其他方式連到我們，可能會洩露您的身分。",
  "warning.tor2web.title": "此連線並非匿名",
  "warning.tor2web.body":
    "您正透過網頁代理伺服器連到我們，它能看到您是誰以及您傳送的內容。請關閉此頁面，改用 Tor Browser 開啟我們的 .onion 網址。",

  "landing.title": "安全地聯絡 {org}",
  "landing.intro":
    "您可以在這裡傳送訊息和檔案給我們，而不必告訴我們您是誰。您傳送的所有內容在儲存之前，都會先在本伺服器上加密，只有 {org} 中被指定接收的人員才能閱讀。",
  "landing.start": "第一次傳送內容給我們",
  "landing.start.hint": "我們會給您一個代號。有了代號，您就能回來繼續傳送內容，並閱讀我們的回覆。",
  "landing.returning": "我已經有代號了",
  "landing.returning.hint": "使用代號登入，以繼續傳送內容。",
  "landing.guide": "傳送任何內容之前，請先閱讀我們的安全指南。",
  "landing.blocked": "您所在的地方封鎖了 Tor，或是您正在用手機？我們的安全指南會說明該怎麼做。",

  "codename.title": "您的代號",
  "codename.intro":
    "這是您的代號，也是回到這段對話的唯一方式。我們無法再次向您顯示，也無法替您找回。",
  "codename.keep.title": "請妥善保管",
  "codename.keep.1": "請把它寫在紙上，或記在心裡。不要存在與您有關聯的裝置上。",
  "codename.keep.2": "不要告訴任何人：任何拿到它的人都能讀到我們給您的回覆。",
  "codename.keep.3": "{org} 的任何人都絕不會向您索取它。",
  "codename.continue": "我已抄下，繼續",

  "form.title": "傳送訊息或檔案",
  "form.channel": "應由誰接收？",
  "form.message": "您的訊息",
  "form.message.hint":
    "最多 {max, plural, other {# 個字元}}。請告訴我們您傳送的是什麼，以及它為何重要。",
  "form.files": "檔案",
  "form.files.hint":
    "最多 {maxFiles, plural, other {# 個檔案}}，每個不超過 {maxFile}，總計不超過 {maxTotal}。檔案可能帶有關於您的隱藏資訊（作者姓名、位置、裝置資訊）：如果可以，請在傳送前將其移除。",
  "form.send": "安全傳送",
  "form.send.hint": "透過 Tor 傳送大型檔案可能需要很長時間。請保持此分頁開啟，直到看到確認訊息。",

  "received.title": "已收到",
  "received.body": "您提交的內容已加密並儲存。只有 {org} 中指定的收件人能夠閱讀。",
  "received.files": "{files, plural, other {已收到 # 個檔案。}}",
  "received.next":
    "我們會閱讀收到的所有內容，但可能不會回覆，或較晚回覆。如要查看回覆，請帶著代號回到這裡。",
  "received.more": "再傳送其他內容",

  "login.title": "使用代號登入",
  "login.codename": "您的代號",
  // review: English "Any language we gave it to you in works" read as: type it in the language it was given in, whichever that was
  "login.hint":
    "您抄下的那些詞，詞與詞之間以空格分隔。無論我們當初用哪種語言給您代號，用該語言輸入即可。",
  "login.submit": "繼續",

  "source.title": "歡迎回來",
  "source.replies": "目前還沒有給您的回覆。",
  "replies.title": "來自 {org} 的回覆",
  "replies.hint": "每則回覆讀完後請刪除。刪除的回覆將永久消失。",
  "replies.meta": "傳送於 {day}",
  "replies.delete": "我已讀過，刪除",
  "replies.unreadable":
    "{count, plural, other {我們的回覆中有 # 則無法開啟，可能已損壞。如果內容重要，我們會重新傳送。}}",

  "logout.title": "您已登出",
  // review: Tor Browser zh-TW "New Identity" label has been both 「更換身份」 and 「新識別身分」; check the current release
  "logout.body":
    "為了不在此瀏覽器留下痕跡，請現在使用 Tor Browser 的「新識別身分」功能（掃帚圖示，或按 Ctrl+Shift+U），它會關閉此分頁並清除其資料。",

  "guide.title": "安全指南",
  "guide.intro": "聯絡 {org} 時，以下步驟可以保護您。開始之前請全部讀完，只需要幾分鐘。",
  "guide.before.title": "聯絡我們之前",
  "guide.before.device":
    "請使用與您沒有關聯的裝置和網路。切勿使用已經或可能受到監控的工作或住家網路；使用您平常不用的公共網路比較安全。",
  "guide.before.tor":
    "只從 Tor 專案取得 Tor Browser：其網站 torproject.org、官方鏡像站、GetTor 服務，或手機上的官方應用程式商店（見下文）。從其他地方取得的副本可能遭到竄改，用來監視您。",
  "guide.before.safest":
    "在 Tor Browser 中開啟「設定 → 隱私權與安全性 → 安全等級」，選擇「最安全」。我們的頁面在這個等級下可以正常使用。",
  "guide.before.verify":
    "傳送任何內容之前，請核對我們的 .onion 網址。它必須與我們簽署的聲明中的網址逐字相符：假網站可以和我們的網站一模一樣，但不可能擁有我們的網址。",
  "guide.before.fingerprint":
    "我們的聲明以我們的金鑰簽署。請確認我們的公開金鑰指紋在我們公布它的每個地方都相同：我們的網站、我們的貼文、我們的印刷品。如果網址或指紋在任何一處不同，請不要使用。",
  "guide.before.address": "我們的 .onion 網址",
  "guide.before.key": "我們的公開金鑰指紋",
  // review: 「中繼資料」for metadata (common in Taiwan UI); the official term is「詮釋資料」
  "guide.send.title": "要傳送什麼，以及如何移除中繼資料",
  "guide.send.what":
    "請傳送能說明問題的資料：文件、照片，以及您自己對事情經過的敘述。請說明我們可以如何查證，但不要透露您是誰。",
  "guide.send.metadata":
    "檔案中帶有稱為「中繼資料」的隱藏資訊：作者姓名、使用的裝置、日期，照片還常常包含拍攝地點。如果可以，請在傳送前將其移除，例如使用中繼資料移除工具，或傳送一份只保留內容的新副本。",
  "guide.send.screens":
    "螢幕的照片或截圖可能洩露您的身分：上面可能顯示您的姓名、帳號、設定或時間；而且有些文件會為每位收件人製作成略有不同的版本。",
  "guide.send.printers":
    "許多彩色印表機會加上幾乎看不見的微小黃點，記錄印表機序號和列印時間。如果印表機可能與您有關聯，請不要傳送用它列印的頁面的掃描檔或照片。",
  // review: 「重新打字」for re-typing excerpts; check it reads naturally
  "guide.send.retype":
    "如果可以，請將重要段落重新打字，而不是傳送文件本身：重新輸入的摘錄帶有的隱藏標記最少。",
  "guide.codename.title": "如何保管您的代號",
  "guide.codename.paper":
    "請將代號親手寫在紙上。切勿存放在手機、電腦、密碼管理工具或雲端服務中：這些地方的內容可能在您不知情時遭到搜查、同步或備份。",
  "guide.codename.keep":
    "將紙放在只有您拿得到的地方，不再需要時將它銷毀。任何拿到您代號的人都能讀到我們給您的回覆。",
  "guide.next.title": "接下來會怎樣",
  "guide.next.read": "我們會閱讀收到的所有內容。",
  "guide.next.reply":
    "我們可能不會回覆，或較晚回覆。如要查看，請不時依照本指南再次造訪，並以代號登入。",
  "guide.next.accounts":
    "切勿使用可能與您有關聯的帳號聯絡我們：不要用您的電子郵件、電話號碼或社群媒體帳號。只使用這個頁面。",
  "guide.after.title": "事後不留痕跡",
  "guide.after.identity":
    "完成後，請使用 Tor Browser 的「新識別身分」功能（掃帚圖示，或按 Ctrl+Shift+U），然後關閉 Tor Browser。",
  "guide.after.files":
    "不要將我們傳來的檔案儲存在共用裝置或與您有關聯的裝置上。請在這裡閱讀我們的回覆，讀完後將其刪除。",

  "guide.risk.title": "裝有 Tor 安全嗎？",
  "guide.risk.visible":
    "在某些地方，裝置上裝有 Tor，或被人看到在使用它，本身就可能惹上麻煩。管理您所用網路的人通常看得出您在使用 Tor，但看不到您造訪了哪些網站。橋接器（見下文）能讓這件事更難被看出，但並非不可能。",
  "guide.risk.device":
    "請使用只屬於您自己的手機或電腦：不要用工作用的裝置，也不要用雇主、學校或親屬管理或檢查的裝置。這類裝置可能會記錄您在上面做的事。",
  "guide.risk.search":
    "不要在受到監視的裝置或網路上搜尋 Tor 或我們：搜尋這個動作本身就可能被看到。請從與您沒有關聯的裝置和網路開始。",
  "guide.risk.remove":
    "用完之後，您可以移除 Tor Browser：在手機上，解除安裝這個應用程式；在電腦上，刪除 Tor Browser 資料夾和您下載的檔案，然後清空垃圾桶（資源回收筒）。",
  "guide.risk.traces":
    "移除它並不會清除所有痕跡。應用程式商店會保留您安裝過的項目清單；裝置若被仔細檢查，還可能洩露更多資訊。如果您的手機可能被檢查（例如在檢查哨），請在安裝任何東西之前先想清楚這一點。",

  "guide.blocked.title": "如果 Tor 遭到封鎖",
  "guide.blocked.intro":
    "如果 Tor Browser 無法連線，可能是您的網路封鎖了 Tor。Tor Browser 可以用橋接器繞過封鎖：橋接器是隱藏的入口，讓您的連線更難被辨認出來。使用橋接器可能會比較慢。",
  // review: Tor Browser zh-TW labels for "Try a bridge" and "Connection Assist" (連線輔助) not verified; English label kept with a translation
  "guide.blocked.assist":
    "首先讓 Tor Browser 替您選擇：連線失敗時，按下「Try a bridge」（嘗試使用橋接器）。這是「連線輔助」（Connection Assist）功能：它會挑選在您所在地最可能成功的橋接器。如果它詢問，請選擇您的國家或地區。",
  // review: Tor Browser zh-TW labels (desktop "Select a Built-In Bridge"; Android "Config Bridge", "Use a Bridge") not verified; English kept, translations in parentheses are ours. 設定 → 連線 follows Firefox zh-TW
  "guide.blocked.builtin":
    "如果還是不行，就自己選擇橋接器，一個接一個地試。在電腦上：選單（≡）→ 設定 → 連線 → 「Select a Built-In Bridge」（選擇內建橋接器）。在 Android 上：設定 → 「Config Bridge」（設定橋接器）→ 「Use a Bridge」（使用橋接器）。可以選擇的有：",
  "guide.blocked.snowflake":
    "Snowflake：讓您的連線經過志工的電腦，看起來像一通視訊通話。在其他方式遭到封鎖的地方常常仍然有效，但可能比較慢。",
  "guide.blocked.obfs4":
    "obfs4：讓您的連線看起來像隨機雜訊。在許多地方都有效，但在某些國家，內建的 obfs4 橋接器已遭到封鎖，您需要新的橋接器（見下文）。",
  "guide.blocked.meek":
    "meek：讓您的連線看起來像在造訪一個大型的普通網站。速度慢，但很難封鎖：其他方式都失敗時再試試它。",
  "guide.blocked.webtunnel":
    "WebTunnel：讓您的連線看起來像一般造訪安全網站的連線。它不在內建清單中：請索取 WebTunnel 橋接器（見下文）。",
  // review: Tor Browser zh-TW label for "Request bridges" not verified; "solve the small puzzle" rendered as 完成一個簡單的驗證碼 (it is a CAPTCHA)
  "guide.blocked.request":
    "在電腦上，您也可以在 Tor Browser 裡索取新的橋接器：在同一個設定中選擇「Request bridges」（請求橋接器），完成一個簡單的驗證碼，然後連線。",
  "guide.blocked.ask":
    "或向 Tor 專案索取橋接器：到 bridges.torproject.org 索取；如果該網站遭到封鎖，可以這樣做：",
  // review: Telegram has no official zh-Hant interface: the button may read “Start” or, with a language pack, 「開始」
  "guide.blocked.telegram":
    "Telegram：傳訊息給 Tor 專案的機器人 {bridgesBot}。按下「Start」（開始），然後索取 obfs4 或 WebTunnel 橋接器，並複製它傳來的內容。",
  "guide.blocked.email":
    "電子郵件：用 Gmail 或 Riseup 信箱（從其他信箱寄出不會收到回覆）寄信到 {bridgesEmail}，內文寫「get transport obfs4」。",
  // review: Tor Browser zh-TW labels for "Add new bridges" and "Provide a Bridge I know" not verified; English kept with a translation
  "guide.blocked.paste":
    "您會收到幾行文字：那就是橋接器位址。在 Tor Browser 中，電腦上選擇「Add new bridges」（新增橋接器），Android 上選擇「Provide a Bridge I know」（提供我知道的橋接器），然後貼上，每行一個。",
  "guide.blocked.seen":
    "Telegram、Gmail 和 Riseup 都看得到您索取過橋接器。如果可以，請使用不是以您的名字註冊的帳號，事後刪除這些訊息。",
  "guide.blocked.help":
    "如果都沒有用，Tor 專案的服務台可以寄給您私人橋接器：寄信到 {helpEmail}，主旨寫「private bridge」加上您所在國家的兩個字母代碼（例如「private bridge ru」），或在 Telegram 上聯絡 {helpBot}。",

  "guide.get.title": "如果無法下載 Tor Browser",
  "guide.get.intro":
    "如果 torproject.org 遭到封鎖，請改用其他方式向 Tor 專案取得 Tor Browser。切勿安裝別人傳給您的副本。",
  // review: after the language is chosen the GetTor bot answers in that language: check its Chinese wording of "Send me Tor Browser"
  "guide.get.telegram":
    "Telegram：傳訊息給 {gettorBot}，按下「Start」（開始），選擇您的語言，再選「Send me Tor Browser」（傳送 Tor Browser 給我）和您的作業系統。它會直接傳送檔案本身。",
  "guide.get.email":
    "電子郵件：寄信到 {gettorEmail}，主旨和內文都只寫一個字：windows、macos、linux 或 android。回信中會有下載連結。",
  "guide.get.mirrors": "Tor 專案網站的官方鏡像站：{mirror1} 和 {mirror2}。",
  "guide.get.phone":
    "在手機上，您也可以使用官方應用程式商店：Google Play 上的「Tor Browser」，或 App Store 上的「Onion Browser」。小心名稱相似的仿冒應用程式。",

  "guide.phone.title": "在手機上",
  "guide.phone.intro":
    "我們的頁面可以在手機上使用。只在 Tor Browser（Android）或 Onion Browser（iPhone、iPad）中開啟，切勿在您平常用的瀏覽器中開啟。",
  // review: Tor Browser for Android zh-TW labels for "Connect" and "Try a bridge" not verified
  "guide.phone.android.connect":
    "Android：開啟 Tor Browser，按下「Connect」（連線）。如果失敗，按下「Try a bridge」（嘗試使用橋接器），或參考上文「如果 Tor 遭到封鎖」。",
  // review: "Save and restart" and the section heading 「隱私權與安全性」 not verified in Tor Browser for Android zh-TW
  "guide.phone.android.safest":
    "然後設定最嚴格的等級：選單（⋮）→ 設定 → 安全等級（在「隱私權與安全性」下）→ 「最安全」 → 「Save and restart」（儲存並重新啟動）。這會關閉 JavaScript。",
  // review: "New Identity" label as in logout.body
  "guide.phone.android.after":
    "Android 版 Tor Browser 沒有「新識別身分」按鈕。完成後，請關閉所有分頁，然後完全關閉這個應用程式。",
  "guide.phone.ios.app":
    "iPhone 和 iPad：沒有 Tor Browser。請使用 Tor 專案推薦的 Onion Browser。它提示時，請安裝並使用 Orbot（一個與它搭配的免費應用程式）：這比 Onion Browser 內建的 Tor 更安全。",
  "guide.phone.ios.gold":
    "然後設定最嚴格的等級：設定 → 預設安全性 → 「金牌」。「金牌」會關閉 JavaScript。",
  // review: Orbot for iOS has no zh-Hant localization (orbot-apple ships zh-Hans only), so its English labels are kept; check what a zh-Hant iPhone actually shows
  "guide.phone.ios.bridges":
    "如果 Orbot 無法連線，請開啟 Orbot 並選擇其他連線方式，例如 Snowflake 或「Built-in Bridges (obfs4)」（內建橋接器），或在「Custom Bridges」（自訂橋接器）下貼上您索取到的橋接器。",
  "guide.phone.ios.limits":
    "Apple 要求 iPhone 上的每個瀏覽器都使用它自己的引擎，因此 Onion Browser 無法像 Tor Browser 那樣完整地保護您。如果可以選擇，請在電腦或 Android 上使用 Tor Browser。",
  "guide.phone.ios.after": "完成後，長按 Onion Browser 圖示，選擇「清除資料」。",
  "guide.phone.codename": "在手機上，代號的每個詞您可以只輸入前四個字母。",

  "guide.links.title": "切勿在應用程式內開啟我們的網址",
  "guide.links.inapp":
    "如果您在 Telegram、Instagram、Facebook 或 X 中看到我們的網址，不要點它。這些應用程式會用自己內建的瀏覽器開啟連結：它無法開啟 .onion 網址，可能會讓您的網路得知這個網址，還會讓該應用程式看到您在頁面上做的事。",
  "guide.links.copy":
    "請改為長按網址，選擇「複製」。開啟 Tor Browser 或 Onion Browser，把它貼到網址列，並確認它與我們的網址完全相符。",
  "guide.links.qr":
    "我們的 QR 碼也一樣：當相機提示要開啟連結時，請改選「複製」，然後把它貼到 Tor Browser 或 Onion Browser 中。",

  "kit.title": "如何安全地聯絡 {org}",
  "kit.step1": "從官方管道取得 Tor Browser（電腦、Android）或 Onion Browser（iPhone）。",
  "kit.step2": "設定最嚴格的等級：Tor Browser 選「最安全」，Onion Browser 選「金牌」。",
  "kit.step3": "開啟我們的 .onion 網址：{address}",
  "kit.step4": "按下「第一次傳送內容給我們」，並將代號寫在紙上。",
  "kit.step5": "之後帶著代號回來，閱讀我們的回覆。",
  "kit.address_label": "我們的 .onion 網址",
  "kit.verify": "請將此網址與我們簽署的聲明核對。金鑰指紋：{fingerprint}",
  "kit.scan": "掃描以複製網址",
  "kit.video_intro":
    "您知道 {org} 應該知道的事情嗎？以下說明如何安全地告訴我們，而不洩露您的身分。",
  "kit.video_outro": "我們會閱讀所有內容。切勿使用與您有關聯的帳號聯絡我們。",
  "kit.inapp":
    "不要在 Telegram、Instagram、Facebook 或 X 中點我們的網址：請複製後貼到 Tor Browser。",
  "kit.blocked.title": "Tor 遭到封鎖？",
  // review: "Try a bridge" as in guide.blocked.assist
  "kit.blocked":
    "在 Tor Browser 中按下「Try a bridge」（嘗試使用橋接器），或在它的連線設定中選擇 Snowflake、obfs4 或 meek。",
  "kit.blocked.ask":
    "新的橋接器：Telegram {bridgesBot} · 電子郵件 {bridgesEmail}（只能從 Gmail 或 Riseup 寄出）",
  "kit.get":
    "torproject.org 遭到封鎖？Telegram {gettorBot} · 電子郵件 {gettorEmail} · {mirror1} · {mirror2}",
  "kit.phone":
    "在手機上：Android 用 Tor Browser（「最安全」），iPhone 用 Onion Browser（「金牌」）。",
  "kit.risk": "在某些地方，裝有 Tor 可能有風險。請使用只屬於您自己的裝置，切勿使用工作用的裝置。",
  // review: "Try a bridge" as in guide.blocked.assist
  "kit.video_blocked":
    "Tor 遭到封鎖？按下「Try a bridge」（嘗試使用橋接器）。在 Telegram 取得新的橋接器：{bridgesBot}",

  "error.back": "返回並重試",
  "error.code": "錯誤代碼：{code}",
  "error.not_found.title": "找不到頁面",
  "error.not_found.body": "此頁面不存在。請檢查網址，或返回首頁。",
  "error.method_not_allowed.title": "不允許此操作",
  "error.method_not_allowed.body": "無法以這種方式使用此頁面。請返回首頁。",
  "error.unsupported_media_type.title": "表單未正確送出",
  "error.unsupported_media_type.body":
    "您的瀏覽器以我們不接受的格式送出表單。請重新載入頁面後再試一次。",
  "error.session_expired.title": "您的工作階段已結束",
  "error.session_expired.body":
    "為了您的安全，工作階段會在一段時間後結束。您先前傳送的內容都不會遺失。請使用代號重新登入；如果沒有代號，請重新開始。",
  "error.csrf_invalid.title": "此表單已過期",
  "error.csrf_invalid.body":
    "表單開啟太久，或來自其他頁面。沒有傳送任何內容。請重新載入頁面後再傳送一次。",
  "error.codename_empty.title": "請輸入您的代號",
  "error.codename_empty.body": "代號欄位是空的。請輸入您抄下的那些詞。",
  "error.codename_too_long.title": "內容太長，不可能是代號",
  "error.codename_too_long.body": "代號由十二個詞組成。請檢查您輸入的內容，然後再試一次。",
  "error.codename_mistyped.title": "此代號似乎輸入錯誤",
  "error.codename_mistyped.body":
    "其中某個詞不在我們的詞表中，或詞的順序不對。請將這十二個詞逐一與您抄下的內容核對。",
  "error.codename_unknown.title": "我們沒有這個代號的紀錄",
  "error.codename_unknown.body":
    "這些詞是有效的，但從未有人用此代號提交過內容。如果您之前沒有完成傳送，請重新開始以取得新的代號。",
  "error.too_many_attempts.title": "目前嘗試次數過多",
  "error.too_many_attempts.body":
    "我們目前收到許多錯誤的代號，因此正在放慢處理速度。請等一分鐘，檢查您的代號，然後再試一次。",
  "error.codename_page_expired.title": "此代號頁面已過期",
  "error.codename_page_expired.body":
    "為了您的安全，新代號必須在一小時內、在同一個瀏覽器中從其頁面繼續。沒有儲存任何內容。請取得一個新代號，並從它的頁面繼續。",
  "error.too_many_new_sources.title": "目前新來源過多",
  "error.too_many_new_sources.body":
    "許多人正在同時開始，因此我們正在放慢速度。沒有儲存任何內容，向您顯示的代號也未被使用。請等待一分鐘，然後取得一個新代號。",
  "error.form_rejected.title": "無法接受此表單",
  "error.form_rejected.body":
    "有個一般人看不到的欄位被填寫了，這是自動程式常見的行為。沒有儲存任何內容。如果您是真人，請重新載入頁面後再傳送一次。",
  "error.form_too_large.title": "表單太大",
  "error.form_too_large.body": "沒有變更任何內容。請返回，重新載入頁面後再試一次。",
  "error.empty_submission.title": "沒有可傳送的內容",
  "error.empty_submission.body": "請寫一則訊息或至少選擇一個檔案，然後再傳送一次。",
  "error.message_too_long.title": "您的訊息太長",
  "error.message_too_long.body":
    "訊息最多 {max, plural, other {# 個字元}}。請縮短內容，或將文字放進檔案後以附件傳送。沒有傳送任何內容。",
  "error.file_too_large.title": "某個檔案太大",
  "error.file_too_large.body":
    "每個檔案最大 {maxFile}。請將它分割成較小的部分，或分幾次提交。沒有傳送任何內容。",
  "error.submission_too_large.title": "一次傳送的內容太多",
  "error.submission_too_large.body":
    "每次提交總計最多 {maxTotal}。請將檔案分幾次提交。沒有傳送任何內容。",
  "error.too_many_files.title": "檔案太多",
  "error.too_many_files.body":
    "每次提交最多 {maxFiles, plural, other {# 個檔案}}。請將它們打包成壓縮檔，或分幾次提交。沒有傳送任何內容。",
  "error.file_name_invalid.title": "某個檔案名稱無法使用",
  "error.file_name_invalid.body":
    "檔案名稱長度須為 1 到 255 個字元，且不能包含斜線或看不見的控制字元。請重新命名檔案後再傳送一次。沒有傳送任何內容。",
  "error.multipart_malformed.title": "上傳的內容已損壞",
  "error.multipart_malformed.body":
    "收到的內容不完整，或格式不符合預期。沒有儲存任何內容。請重新載入頁面後再傳送一次。",
  "error.channel_unknown.title": "請選擇收件人",
  "error.channel_unknown.body": "請從列出的收件人中選擇一位，然後再傳送一次。沒有傳送任何內容。",
  "error.channel_not_ready.title": "此聯絡管道尚未就緒",
  "error.channel_not_ready.body":
    "目前還沒有人能在這裡接收提交的內容，因此沒有儲存任何內容。請稍後再試。",
  "error.upload_aborted.title": "上傳已中斷",
  "error.upload_aborted.body":
    "連線在所有內容送達之前就中斷了，因此沒有儲存任何內容。請再傳送一次。",
  "error.storage_unavailable.title": "請稍後再試",
  "error.storage_unavailable.body":
    "伺服器目前無法儲存提交的內容。本次嘗試的內容均未保留，您先前傳送的內容也不受影響。請過一會兒再試。",
  "error.internal.title": "發生問題",
  "error.internal.body": "伺服器發生錯誤。本次嘗試的內容均未保留。請稍後再試。",
};
