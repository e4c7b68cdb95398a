/**
 * فارسی (fa). Native review: pending. Register: formal «شما» with plural imperatives.
 * Right-to-left: every string begins with Persian text so the paragraph direction is
 * right-to-left even where it is guessed from the first letter; the onion address is
 * written "onion" without the leading dot, which would otherwise be displayed on the
 * wrong side of the word. Menu paths use ← (reading direction). Digits are Persian, as
 * Intl formats numbers for this locale. A noun after a number stays singular, so the
 * ICU plural cases (one, other) read the same.
 */
import type { Messages } from "./en.ts";

export const fa: Messages = {
  "meta.title": "ارتباط امن با {org}",
  "meta.language": "زبان",
  "nav.home": "صفحهٔ اصلی",
  // review: Tor Browser's Persian label for "Safest" was «ایمن ترین» (written without the half-space); check the current release
  "footer.nojs":
    "این صفحه‌ها با JavaScript خاموش هم کار می‌کنند. در مرورگر Tor Browser، سطح امنیت «ایمن‌ترین» را انتخاب کنید.",
  "footer.logout": "خروج",
  // review: "خروج سریع" is close to the log-out label "خروج"; a native reader may prefer «ترک سریع صفحه»
  "nav.quickexit": "خروج سریع",
  "nav.guide": "راهنمای امنیت",
  "warning.js.title": "اجرای JavaScript روشن است",
  // review: menu path follows Firefox's Persian UI as remembered (تنظیمات ← حریم خصوصی و امنیت ← سطح امنیت); check against the current Tor Browser
  "warning.js.body":
    "برای امنیت خودتان آن را خاموش کنید: در مرورگر Tor Browser به تنظیمات ← حریم خصوصی و امنیت ← سطح امنیت بروید و «ایمن‌ترین» را انتخاب کنید. سپس این صفحه را دوباره بارگذاری کنید.",
  "warning.browser.title": "این مرورگر Tor Browser نیست",
  "warning.browser.body":
    "مرورگرهای دیگر، حتی در حالت خصوصی، ممکن است هویت شما را فاش کنند. مرورگر Tor Browser را از torproject.org بارگیری کنید (اگر این وب‌سایت مسدود است، راهنمای امنیت ما می‌گوید چه کنید)، سطح امنیت آن را روی «ایمن‌ترین» بگذارید و نشانی onion ما را در آن باز کنید.",
  "warning.browser.ios":
    "در آیفون یا آیپد از مرورگر Onion Browser با سطح امنیت «طلایی» استفاده کنید و نشانی onion ما را در آن باز کنید. مرورگرهای دیگر ممکن است هویت شما را فاش کنند.",
  "warning.onion.title": "شما از نشانی onion ما استفاده نمی‌کنید",
  "warning.onion.body":
    "این صفحه را در مرورگر Tor Browser با نشانی onion ما باز کنید. این نشانی را می‌توانید با بیانیهٔ امضاشده‌ای که منتشر کرده‌ایم مقایسه کنید. راه‌های دیگرِ دسترسی به ما ممکن است هویت شما را فاش کنند.",
  "warning.tor2web.title": "این اتصال ناشناس نیست",
  "warning.tor2web.body":
    "شما از طریق یک پراکسی وب به ما وصل شده‌اید که می‌تواند ببیند شما چه کسی هستید و چه می‌فرستید. این صفحه را ببندید و به‌جای آن، نشانی onion ما را در مرورگر Tor Browser باز کنید.",

  "landing.title": "تماس امن با {org}",
  "landing.intro":
    "در اینجا می‌توانید بی‌آنکه بگویید چه کسی هستید، برای ما پیام و فایل بفرستید. هر چه بفرستید پیش از ذخیره شدن روی همین سرور رمزگذاری می‌شود و فقط افرادی در {org} که برای دریافت آن تعیین شده‌اند می‌توانند آن را بخوانند.",
  "landing.start": "برای اولین بار چیزی برای ما بفرستید",
  "landing.start.hint":
    "ما یک نام رمز به شما می‌دهیم. با آن می‌توانید برگردید تا باز هم چیزی بفرستید و پاسخ‌های ما را بخوانید.",
  "landing.returning": "از قبل نام رمز دارم",
  "landing.returning.hint": "برای فرستادن موارد بیشتر، با نام رمز خود وارد شوید.",
  "landing.guide": "پیش از فرستادن هر چیزی، راهنمای امنیت ما را بخوانید.",
  "landing.blocked":
    "آیا Tor در جایی که هستید مسدود است، یا از تلفن همراه استفاده می‌کنید؟ راهنمای امنیت ما توضیح می‌دهد چه باید کرد.",

  "codename.title": "نام رمز شما",
  "codename.intro":
    "این نام رمز شماست. تنها راه بازگشت به این گفت‌وگو همین است. ما نمی‌توانیم دوباره آن را به شما نشان دهیم و نمی‌توانیم آن را برایتان بازیابی کنیم.",
  "codename.keep.title": "آن را امن نگه دارید",
  "codename.keep.1":
    "آن را روی کاغذ بنویسید یا به خاطر بسپارید. آن را روی دستگاهی که به شما مربوط است ذخیره نکنید.",
  "codename.keep.2":
    "آن را به کسی ندهید: هر کس آن را داشته باشد می‌تواند پاسخ‌های ما به شما را بخواند.",
  "codename.keep.3": "هیچ‌کس از طرف {org} هرگز آن را از شما نخواهد خواست.",
  "codename.continue": "آن را یادداشت کرده‌ام — ادامه",

  "form.title": "ارسال پیام یا فایل",
  "form.channel": "چه کسی باید این را دریافت کند؟",
  "form.message": "پیام شما",
  "form.message.hint":
    "حداکثر {max, plural, one {# نویسه} other {# نویسه}}. بگویید چه می‌فرستید و چرا اهمیت دارد.",
  "form.files": "فایل‌ها",
  "form.files.hint":
    "حداکثر {maxFiles, plural, one {# فایل} other {# فایل}}، هر کدام حداکثر {maxFile} و روی هم حداکثر {maxTotal}. فایل‌ها ممکن است اطلاعات پنهانی دربارهٔ شما داشته باشند (نام نویسنده، مکان، مشخصات دستگاه): اگر می‌توانید، پیش از ارسال آن‌ها را پاک کنید.",
  "form.send": "ارسال امن",
  "form.send.hint":
    "فرستادن فایل‌های بزرگ از طریق Tor ممکن است زمان زیادی ببرد. تا وقتی پیام تأیید را ندیده‌اید، این زبانه را باز نگه دارید.",

  "received.title": "دریافت شد",
  "received.body":
    "ارسال شما رمزگذاری و ذخیره شد. فقط گیرندگان تعیین‌شده در {org} می‌توانند آن را بخوانند.",
  "received.files": "{files, plural, one {# فایل دریافت شد.} other {# فایل دریافت شد.}}",
  "received.next":
    "ما هر چه را دریافت می‌کنیم می‌خوانیم، اما ممکن است پاسخ ندهیم یا دیر پاسخ دهیم. برای دیدن پاسخ‌ها، با نام رمز خود دوباره به اینجا بیایید.",
  "received.more": "فرستادن چیز دیگر",

  "login.title": "ورود با نام رمز",
  "login.codename": "نام رمز شما",
  // review: English "Any language we gave it to you in works" read as: type it in the language it was given in, whichever that was
  "login.hint":
    "واژه‌هایی که یادداشت کرده‌اید، با فاصله میان آن‌ها. آن را به همان زبانی بنویسید که به شما داده‌ایم، هر زبانی که باشد.",
  "login.submit": "ادامه",

  "source.title": "دوباره خوش آمدید",
  "source.replies": "هنوز پاسخی برای شما نیامده است.",
  "replies.title": "پاسخ‌های {org}",
  "replies.hint": "هر پاسخ را پس از خواندن پاک کنید. پاسخِ پاک‌شده برای همیشه از بین می‌رود.",
  "replies.meta": "فرستاده‌شده در {day}",
  "replies.delete": "خوانده‌ام — پاک شود",
  // review: «مورد» as the counter in «# مورد از پاسخ‌های ما»; a native reader may prefer another counter, or none
  "replies.unreadable":
    "{count, plural, one {یکی از پاسخ‌های ما باز نشد. شاید آسیب دیده باشد؛ اگر مهم بوده باشد، آن را دوباره می‌فرستیم.} other {# مورد از پاسخ‌های ما باز نشد. شاید آسیب دیده باشند؛ اگر مهم بوده باشند، آن‌ها را دوباره می‌فرستیم.}}",

  "logout.title": "شما خارج شدید",
  "logout.body":
    "برای اینکه ردی در این مرورگر باقی نماند، اکنون از گزینهٔ «هویت جدید» در مرورگر Tor Browser استفاده کنید (نماد جارو، یا Ctrl+Shift+U). این کار این زبانه را می‌بندد و داده‌هایش را پاک می‌کند.",

  "guide.title": "راهنمای امنیت",
  "guide.intro":
    "این گام‌ها هنگام تماس با {org} از شما محافظت می‌کنند. پیش از شروع همه را بخوانید؛ فقط چند دقیقه طول می‌کشد.",
  "guide.before.title": "پیش از تماس با ما",
  "guide.before.device":
    "از دستگاه و شبکه‌ای استفاده کنید که به شما مربوط نباشد. هرگز از شبکهٔ محل کار یا خانه که زیر نظر است یا ممکن است زیر نظر باشد استفاده نکنید؛ یک شبکهٔ عمومی که معمولاً از آن استفاده نمی‌کنید امن‌تر است.",
  // review: «پروژهٔ Tor» for the Tor Project; «سایت‌های آینه» (mirror sites) for official mirrors
  "guide.before.tor":
    "مرورگر Tor Browser را فقط از پروژهٔ Tor بگیرید: از وب‌سایت آن torproject.org، از سایت‌های آینهٔ رسمی آن، از سرویس GetTor آن، یا در تلفن همراه از فروشگاه رسمی برنامه‌ها (پایین‌تر را ببینید). نسخه‌ای که از جای دیگری گرفته شود ممکن است برای جاسوسی از شما دستکاری شده باشد.",
  "guide.before.safest":
    "در مرورگر Tor Browser به تنظیمات ← حریم خصوصی و امنیت ← سطح امنیت بروید و «ایمن‌ترین» را انتخاب کنید. صفحه‌های ما در این سطح کار می‌کنند.",
  "guide.before.verify":
    "پیش از فرستادن هر چیزی، نشانی onion ما را بررسی کنید. این نشانی باید نویسه به نویسه با نشانیِ بیانیهٔ امضاشدهٔ ما یکی باشد: یک وب‌سایت جعلی ممکن است درست شبیه وب‌سایت ما باشد، اما نمی‌تواند نشانی ما را داشته باشد.",
  // review: «اثر انگشت کلید» for key fingerprint; check against Persian security guides
  "guide.before.fingerprint":
    "بیانیهٔ ما با کلید ما امضا شده است. بررسی کنید که اثر انگشت کلید عمومی ما در همهٔ جاهایی که آن را منتشر می‌کنیم یکی باشد: در وب‌سایت ما، در پست‌های ما و در نوشته‌های چاپی ما. اگر نشانی یا اثر انگشت در جایی فرق داشت، از آن استفاده نکنید.",
  "guide.before.address": "نشانی onion ما",
  "guide.before.key": "اثر انگشت کلید عمومی ما",
  "guide.send.title": "چه بفرستید و چگونه فراداده را پاک کنید",
  "guide.send.what":
    "چیزی را بفرستید که مشکل را نشان می‌دهد: سند، عکس، و روایت خودتان از ماجرا. توضیح دهید که چگونه می‌توانیم آن را بررسی کنیم، بی‌آنکه بگویید چه کسی هستید.",
  // review: «فراداده» with «متادیتا» in parentheses; check which is more familiar to readers
  "guide.send.metadata":
    "فایل‌ها اطلاعات پنهانی به نام فراداده (متادیتا) دارند: نام نویسنده، دستگاهی که به کار رفته، تاریخ‌ها، و در عکس‌ها اغلب مکانی که عکس در آن گرفته شده است. اگر می‌توانید پیش از ارسال آن را پاک کنید، مثلاً با یک ابزار پاک‌کردن فراداده، یا با فرستادن نسخه‌ای تازه که فقط محتوا را نگه می‌دارد.",
  // review: «اسکرین‌شات» is a loanword; «تصویر صفحه» is the formal alternative
  "guide.send.screens":
    "عکس یا تصویری که از صفحه‌نمایش گرفته می‌شود (اسکرین‌شات) ممکن است هویت شما را فاش کند: ممکن است نام، حساب کاربری، تنظیمات یا ساعت را نشان دهد، و برخی سندها برای هر گیرنده کمی متفاوت ساخته می‌شوند.",
  "guide.send.printers":
    "بسیاری از چاپگرهای رنگی نقطه‌های زرد بسیار ریز و تقریباً نامرئی اضافه می‌کنند که شمارهٔ سریال چاپگر و زمان چاپ را ثبت می‌کنند. اسکن یا عکسِ برگه‌هایی را که با چاپگری مرتبط با شما چاپ شده‌اند نفرستید.",
  "guide.send.retype":
    "اگر می‌توانید، به جای فرستادن خودِ سند، بخش‌های مهم آن را دوباره تایپ کنید: متنی که دوباره تایپ شده کمترین نشانهٔ پنهان را دارد.",
  "guide.codename.title": "چگونه نام رمز خود را نگه دارید",
  "guide.codename.paper":
    "نام رمز خود را با دست روی کاغذ بنویسید. هرگز آن را در تلفن، رایانه، برنامهٔ مدیریت گذرواژه یا سرویس ابری نگه ندارید: محتوای آن‌ها ممکن است بی‌آنکه متوجه شوید جست‌وجو، همگام‌سازی یا پشتیبان‌گیری شود.",
  "guide.codename.keep":
    "کاغذ را جایی نگه دارید که فقط خودتان به آن دسترسی دارید، و وقتی دیگر لازمش ندارید آن را از بین ببرید. هر کس نام رمز شما را داشته باشد می‌تواند پاسخ‌های ما به شما را بخواند.",
  "guide.next.title": "پس از آن چه می‌شود",
  "guide.next.read": "ما هر چه را دریافت می‌کنیم می‌خوانیم.",
  "guide.next.reply":
    "ممکن است پاسخ ندهیم یا دیر پاسخ دهیم. برای دیدن پاسخ، هر از گاهی با پیروی دوباره از همین راهنما برگردید و با نام رمز خود وارد شوید.",
  "guide.next.accounts":
    "هرگز از حسابی که به شما مربوط است با ما تماس نگیرید: نه از ایمیل، نه از شمارهٔ تلفن و نه از شبکه‌های اجتماعی خودتان. فقط از همین صفحه استفاده کنید.",
  "guide.after.title": "پس از آن ردی به جا نگذارید",
  "guide.after.identity":
    "وقتی کارتان تمام شد، از گزینهٔ «هویت جدید» در مرورگر Tor Browser استفاده کنید (نماد جارو، یا Ctrl+Shift+U) و سپس مرورگر Tor Browser را ببندید.",
  "guide.after.files":
    "فایل‌هایی را که از ما دریافت می‌کنید روی دستگاه مشترک یا دستگاهی که به شما مربوط است ذخیره نکنید. پاسخ‌های ما را همین‌جا بخوانید و سپس پاکشان کنید.",

  "guide.risk.title": "آیا داشتن Tor امن است؟",
  "guide.risk.visible":
    "در برخی جاها، خودِ داشتن Tor روی دستگاه، یا اینکه کسی ببیند از آن استفاده می‌کنید، ممکن است برایتان دردسر درست کند. کسی که شبکهٔ شما را اداره می‌کند اغلب می‌تواند بفهمد که از Tor استفاده می‌کنید، اما نمی‌تواند بفهمد به چه وب‌سایت‌هایی می‌روید. پل‌ها (پایین‌تر) دیدن این را سخت‌تر می‌کنند، اما نه ناممکن.",
  "guide.risk.device":
    "از تلفن یا رایانه‌ای استفاده کنید که فقط مال خودتان است: نه دستگاه محل کار، و نه دستگاهی که کارفرما، مدرسه یا یکی از خویشاوندان آن را مدیریت یا بررسی می‌کند. چنین دستگاه‌هایی ممکن است کارهایی را که روی آن‌ها انجام می‌دهید ثبت کنند.",
  "guide.risk.search":
    "در دستگاه یا شبکه‌ای که زیر نظر است، Tor یا ما را جست‌وجو نکنید: خودِ جست‌وجو ممکن است دیده شود. کار را با دستگاه و شبکه‌ای شروع کنید که به شما مربوط نیست.",
  "guide.risk.remove":
    "وقتی کارتان تمام شد، می‌توانید مرورگر Tor Browser را حذف کنید: در تلفن، برنامه را حذف کنید؛ در رایانه، پوشهٔ Tor Browser و فایلی را که بارگیری کرده‌اید پاک کنید و سپس سطل زباله را خالی کنید.",
  "guide.risk.traces":
    "حذف کردن آن همهٔ ردها را پاک نمی‌کند. فروشگاه‌های برنامه فهرستی از چیزهایی که نصب کرده‌اید نگه می‌دارند، و اگر دستگاه با دقت بررسی شود ممکن است چیزهای بیشتری معلوم شود. اگر ممکن است تلفن شما را بازرسی کنند، مثلاً در یک ایست بازرسی، پیش از نصب هر چیزی به این فکر کنید.",

  "guide.blocked.title": "اگر Tor مسدود است",
  "guide.blocked.intro":
    "اگر مرورگر Tor Browser نمی‌تواند وصل شود، شاید شبکهٔ شما Tor را مسدود کرده است. مرورگر Tor Browser می‌تواند با پل‌ها از این مانع بگذرد: پل‌ها راه‌های ورود پنهانی هستند که تشخیص اتصال شما را سخت‌تر می‌کنند. ممکن است کندتر باشند.",
  // review: Tor Browser’s Persian label for “Try a bridge” and its name for Connection Assist not verified; English label kept with a translation
  "guide.blocked.assist":
    "اول بگذارید خودِ مرورگر Tor Browser انتخاب کند: وقتی اتصال ناموفق بود، «Try a bridge» (امتحان یک پل) را بزنید. این «دستیار اتصال» (Connection Assist) است: پلی را انتخاب می‌کند که به احتمال زیاد در جایی که هستید کار می‌کند. اگر پرسید، کشور یا منطقهٔ خود را انتخاب کنید.",
  // review: Tor Browser’s Persian labels not verified: the settings pane «اتصال» (“Connection”), “Select a Built-In Bridge”, and on Android “Config Bridge”, “Use a Bridge”; English labels kept with a translation. Menu path written with ← as in guide.before.safest
  "guide.blocked.builtin":
    "اگر این کار نکرد، خودتان یک پل انتخاب کنید و پل‌ها را یکی‌یکی امتحان کنید. در رایانه: منو (≡) ← تنظیمات ← اتصال ← «Select a Built-In Bridge» (انتخاب یک پل داخلی). در اندروید: تنظیمات ← «Config Bridge» (پیکربندی پل) ← «Use a Bridge» (استفاده از پل). گزینه‌ها:",
  // review: «پل Snowflake» (and «پل obfs4», «پل meek», «پل WebTunnel») so that the text starts with a Persian word
  "guide.blocked.snowflake":
    "پل Snowflake: اتصال شما را از رایانه‌های داوطلبان عبور می‌دهد و آن را شبیه یک تماس تصویری نشان می‌دهد. اغلب جایی که پل‌های دیگر مسدودند کار می‌کند، اما ممکن است کند باشد.",
  "guide.blocked.obfs4":
    "پل obfs4: اتصال شما را شبیه نویز تصادفی نشان می‌دهد. در بسیاری از جاها کار می‌کند، اما در برخی کشورها پل‌های داخلی obfs4 مسدود شده‌اند و به پل‌های تازه نیاز دارید (پایین‌تر را ببینید).",
  "guide.blocked.meek":
    "پل meek: اتصال شما را شبیه بازدید از یک وب‌سایت بزرگ و معمولی نشان می‌دهد. کند است، اما مسدود کردنش سخت است: وقتی پل‌های دیگر کار نکردند آن را امتحان کنید.",
  "guide.blocked.webtunnel":
    "پل WebTunnel: اتصال شما را شبیه بازدید معمولی از یک وب‌سایت امن نشان می‌دهد. در فهرست پل‌های داخلی نیست: پل‌های WebTunnel را درخواست کنید (پایین‌تر را ببینید).",
  // review: Tor Browser’s Persian label for “Request bridges” not verified; English kept with a translation. «معما» for the captcha
  "guide.blocked.request":
    "در رایانه می‌توانید از داخل خودِ مرورگر Tor Browser هم پل تازه درخواست کنید: در همان تنظیمات «Request bridges» (درخواست پل) را انتخاب کنید، معمای کوچک را حل کنید و وصل شوید.",
  "guide.blocked.ask":
    "یا از پروژهٔ Tor پل بخواهید: در bridges.torproject.org، یا اگر این وب‌سایت مسدود است، این‌طور:",
  // review: Telegram’s Persian label for the bot’s “Start” button not verified; English kept with a translation
  "guide.blocked.telegram":
    "از راه Telegram: به {bridgesBot}، ربات پروژهٔ Tor، پیام بدهید. «Start» (شروع) را بزنید، سپس پل obfs4 یا WebTunnel بخواهید و چیزی را که می‌فرستد کپی کنید.",
  "guide.blocked.email":
    "از راه ایمیل: از یک نشانی Gmail یا Riseup (به نشانی‌های دیگر پاسخ نمی‌دهد) به {bridgesEmail} ایمیل بزنید و در متن پیام بنویسید «get transport obfs4».",
  // review: Tor Browser’s Persian labels for “Add new bridges” (computer) and “Provide a Bridge I know” (Android) not verified; English kept with a translation
  "guide.blocked.paste":
    "چند خط متن دریافت می‌کنید: نشانی‌های پل. در مرورگر Tor Browser، در رایانه «Add new bridges» (افزودن پل‌های تازه) یا در اندروید «Provide a Bridge I know» (وارد کردن پلی که می‌شناسم) را انتخاب کنید و آن‌ها را، هر کدام در یک خط، جای‌گذاری کنید.",
  "guide.blocked.seen":
    "سرویس‌های Telegram، Gmail و Riseup می‌توانند ببینند که شما پل خواسته‌اید. اگر می‌توانید، از حسابی استفاده کنید که به نام شما نیست، و پس از آن پیام‌ها را پاک کنید.",
  // review: the example country code is Iran’s («private bridge ir») where English has ru; «بخش پشتیبانی» for help desk
  "guide.blocked.help":
    "اگر هیچ‌کدام کار نکرد، بخش پشتیبانی پروژهٔ Tor می‌تواند پل خصوصی برایتان بفرستد: به {helpEmail} ایمیل بزنید و در موضوع آن «private bridge» و کد دوحرفی کشورتان را بنویسید (مثلاً «private bridge ir»)، یا در Telegram به {helpBot} پیام بدهید.",

  "guide.get.title": "اگر نمی‌توانید مرورگر Tor Browser را بارگیری کنید",
  "guide.get.intro":
    "اگر torproject.org مسدود است، مرورگر Tor Browser را از راه دیگری از پروژهٔ Tor بگیرید. هرگز نسخه‌ای را که کس دیگری برایتان می‌فرستد نصب نکنید.",
  // review: “Start” as in guide.blocked.telegram; the GetTor bot’s “Send me Tor Browser” button may be shown in Persian once Persian is chosen: check its wording
  "guide.get.telegram":
    "از راه Telegram: به {gettorBot} پیام بدهید، «Start» (شروع) را بزنید، زبان خود را انتخاب کنید، سپس «Send me Tor Browser» (مرورگر Tor Browser را برایم بفرست) و سیستم‌عامل خود را. خودِ فایل را برایتان می‌فرستد.",
  "guide.get.email":
    "از راه ایمیل: به {gettorEmail} ایمیل بزنید و یک واژه را هم در موضوع و هم در متن پیام بنویسید: windows، macos، linux یا android. در پاسخ، پیوندهای بارگیری هست.",
  "guide.get.mirrors": "نسخه‌های رسمی وب‌سایت پروژهٔ Tor: {mirror1} و {mirror2}.",
  "guide.get.phone":
    "در تلفن همراه می‌توانید از فروشگاه رسمی برنامه‌ها هم استفاده کنید: «Tor Browser» در Google Play، یا «Onion Browser» در App Store. مراقب برنامه‌های بدلی با نام‌های مشابه باشید.",

  "guide.phone.title": "در تلفن همراه",
  // review: Android, iPhone and iPad written in Persian script (اندروید، آیفون، آیپد); product and store names stay in Latin letters
  "guide.phone.intro":
    "صفحه‌های ما در تلفن همراه کار می‌کنند. آن‌ها را فقط در مرورگر Tor Browser (اندروید) یا Onion Browser (آیفون، آیپد) باز کنید، هرگز در مرورگر همیشگی خود.",
  // review: Tor Browser for Android’s Persian labels for “Connect” and “Try a bridge” not verified; English kept with a translation
  "guide.phone.android.connect":
    "در اندروید: مرورگر Tor Browser را باز کنید و «Connect» (اتصال) را بزنید. اگر نشد، «Try a bridge» (امتحان یک پل) را بزنید، یا بخش «اگر Tor مسدود است» را در بالا ببینید.",
  // review: menu path on Android as remembered, with ←; “Safest” label as in footer.nojs; “Save and restart” not verified, English kept with a translation
  "guide.phone.android.safest":
    "سپس سخت‌گیرانه‌ترین سطح را انتخاب کنید: منو (⋮) ← تنظیمات ← سطح امنیت (زیر «حریم خصوصی و امنیت») ← «ایمن‌ترین» ← «Save and restart» (ذخیره و راه‌اندازی دوباره). این کار JavaScript را خاموش می‌کند.",
  // review: “New Identity” label as in logout.body («هویت جدید»); check the current release
  "guide.phone.android.after":
    "مرورگر Tor Browser در اندروید دکمهٔ «هویت جدید» ندارد. وقتی کارتان تمام شد، همهٔ زبانه‌ها را ببندید و سپس برنامه را کاملاً ببندید.",
  "guide.phone.ios.app":
    "در آیفون و آیپد مرورگر Tor Browser وجود ندارد. از Onion Browser استفاده کنید که پروژهٔ Tor آن را توصیه می‌کند. وقتی از شما خواست، Orbot را نصب کنید و با آن کار کنید؛ Orbot برنامه‌ای رایگان است که Onion Browser با آن کار می‌کند، و این از Tor داخلی خودِ Onion Browser امن‌تر است.",
  // review: Onion Browser’s Persian “Settings” label assumed to be «تنظیمات»; «امنیت پیشفرض» and «طلایی» as the app writes them
  "guide.phone.ios.gold":
    "سپس سخت‌گیرانه‌ترین سطح را انتخاب کنید: تنظیمات ← «امنیت پیشفرض» ← «طلایی». سطح «طلایی» JavaScript را خاموش می‌کند.",
  // review: Orbot’s Persian labels for “Built-in Bridges (obfs4)” and “Custom Bridges” not verified; English kept with a translation
  "guide.phone.ios.bridges":
    "اگر Orbot نتوانست وصل شود، Orbot را باز کنید و راه دیگری برای اتصال انتخاب کنید، مثلاً Snowflake یا «Built-in Bridges (obfs4)» (پل‌های داخلی obfs4)، یا پل‌هایی را که خواسته‌اید در «Custom Bridges» (پل‌های سفارشی) جای‌گذاری کنید.",
  "guide.phone.ios.limits":
    "اپل همهٔ مرورگرهای آیفون را مجبور می‌کند از موتور خودِ اپل استفاده کنند، به همین دلیل Onion Browser نمی‌تواند به اندازهٔ Tor Browser از شما محافظت کند. اگر حق انتخاب دارید، از مرورگر Tor Browser در رایانه یا اندروید استفاده کنید.",
  // review: Onion Browser’s Persian label for the home-screen shortcut “Clear Data” not verified; English kept with a translation
  "guide.phone.ios.after":
    "وقتی کارتان تمام شد، انگشت خود را روی نماد Onion Browser نگه دارید و «Clear Data» (پاک کردن داده‌ها) را انتخاب کنید.",
  "guide.phone.codename":
    "در تلفن همراه می‌توانید از هر واژهٔ نام رمز خود فقط چهار حرف اول را تایپ کنید.",

  "guide.links.title": "هرگز نشانی ما را درون یک برنامه باز نکنید",
  "guide.links.inapp":
    "اگر نشانی ما را در Telegram، Instagram، Facebook یا X دیدید، روی آن نزنید. این برنامه‌ها پیوندها را در مرورگر داخلی خودشان باز می‌کنند: این مرورگر نمی‌تواند نشانی‌های onion را باز کند، ممکن است نشانی را برای شبکهٔ شما فاش کند، و به برنامه اجازه می‌دهد کارهای شما را در صفحه زیر نظر بگیرد.",
  "guide.links.copy":
    "به‌جای آن، انگشت خود را روی نشانی نگه دارید و «کپی» را انتخاب کنید. مرورگر Tor Browser یا Onion Browser را باز کنید، نشانی را در نوار نشانی جای‌گذاری کنید و بررسی کنید که دقیقاً با نشانی ما یکی باشد.",
  "guide.links.qr":
    "همین دربارهٔ کد QR ما هم صدق می‌کند: وقتی دوربین پیشنهاد داد که پیوند را باز کند، به‌جای آن «کپی» را انتخاب کنید و پیوند را در مرورگر Tor Browser یا Onion Browser جای‌گذاری کنید.",

  "kit.title": "چگونه به‌طور امن با {org} تماس بگیرید",
  "kit.step1":
    "مرورگر Tor Browser (رایانه، اندروید) یا Onion Browser (آیفون) را از یک منبع رسمی بگیرید.",
  "kit.step2":
    "سخت‌گیرانه‌ترین سطح را انتخاب کنید: «ایمن‌ترین» در Tor Browser، «طلایی» در Onion Browser.",
  "kit.step3": "نشانی onion ما را باز کنید: {address}",
  // review: quotes the landing page button (landing.start) so the source can find it
  "kit.step4": "دکمهٔ «برای اولین بار چیزی برای ما بفرستید» را بزنید و نام رمز را روی کاغذ بنویسید.",
  "kit.step5": "بعداً با نام رمز خود برگردید تا پاسخ ما را بخوانید.",
  "kit.address_label": "نشانی onion ما",
  "kit.verify": "این نشانی را با بیانیهٔ امضاشدهٔ ما مقایسه کنید. اثر انگشت کلید: {fingerprint}",
  "kit.scan": "برای کپی کردن نشانی، اسکن کنید",
  "kit.video_intro":
    "چیزی می‌دانید که {org} باید بداند؟ این‌طور می‌توانید به‌طور امن به ما بگویید، بی‌آنکه هویتتان فاش شود.",
  "kit.video_outro":
    "ما همه چیز را می‌خوانیم. هرگز از حسابی که به شما مربوط است با ما تماس نگیرید.",
  "kit.inapp":
    "روی نشانی ما در Telegram، Instagram، Facebook یا X نزنید: آن را کپی کنید و در مرورگر Tor Browser جای‌گذاری کنید.",
  "kit.blocked.title": "آیا Tor مسدود است؟",
  // review: “Try a bridge” as in guide.blocked.assist
  "kit.blocked":
    "در مرورگر Tor Browser «Try a bridge» (امتحان یک پل) را بزنید، یا در تنظیمات اتصال آن Snowflake، obfs4 یا meek را انتخاب کنید.",
  "kit.blocked.ask":
    "پل‌های تازه: Telegram {bridgesBot} · ایمیل {bridgesEmail} (فقط از Gmail یا Riseup)",
  "kit.get":
    "آیا torproject.org مسدود است؟ Telegram {gettorBot} · ایمیل {gettorEmail} · {mirror1} · {mirror2}",
  "kit.phone":
    "در تلفن همراه: مرورگر Tor Browser در اندروید («ایمن‌ترین»)، Onion Browser در آیفون («طلایی»).",
  "kit.risk":
    "در برخی جاها داشتن Tor ممکن است خطرناک باشد. از دستگاهی استفاده کنید که فقط مال خودتان است، هرگز از دستگاه محل کار.",
  // review: “Try a bridge” as in guide.blocked.assist
  "kit.video_blocked":
    "آیا Tor مسدود است؟ «Try a bridge» (امتحان یک پل) را بزنید. پل‌های تازه در Telegram: {bridgesBot}",

  "error.back": "بازگشت و تلاش دوباره",
  "error.code": "کد خطا: {code}",
  "error.not_found.title": "صفحه پیدا نشد",
  "error.not_found.body": "این صفحه وجود ندارد. نشانی را بررسی کنید یا به صفحهٔ اصلی برگردید.",
  "error.method_not_allowed.title": "مجاز نیست",
  "error.method_not_allowed.body":
    "از این صفحه نمی‌توان این‌گونه استفاده کرد. به صفحهٔ اصلی برگردید.",
  "error.unsupported_media_type.title": "فرم درست فرستاده نشد",
  "error.unsupported_media_type.body":
    "مرورگر شما فرم را در قالبی فرستاد که ما نمی‌پذیریم. صفحه را دوباره بارگذاری کنید و باز هم تلاش کنید.",
  "error.session_expired.title": "نشست شما به پایان رسیده است",
  "error.session_expired.body":
    "برای امنیت شما، نشست‌ها پس از مدتی به پایان می‌رسند. هیچ‌یک از چیزهایی که پیش‌تر فرستاده‌اید از دست نرفته است. دوباره با نام رمز خود وارد شوید، یا اگر نام رمز ندارید، از نو شروع کنید.",
  "error.csrf_invalid.title": "مهلت این فرم تمام شده است",
  "error.csrf_invalid.body":
    "فرم بیش از حد باز مانده بود یا از صفحهٔ دیگری آمده بود. چیزی فرستاده نشد. صفحه را دوباره بارگذاری کنید و دوباره بفرستید.",
  "error.codename_empty.title": "نام رمز خود را وارد کنید",
  "error.codename_empty.body": "کادر نام رمز خالی بود. واژه‌هایی را که یادداشت کرده‌اید بنویسید.",
  "error.codename_too_long.title": "این برای نام رمز بیش از حد طولانی است",
  "error.codename_too_long.body":
    "نام رمز دوازده واژه است. آنچه را نوشته‌اید بررسی کنید و دوباره تلاش کنید.",
  "error.codename_mistyped.title": "به نظر می‌رسد این نام رمز اشتباه تایپ شده است",
  "error.codename_mistyped.body":
    "یکی از واژه‌ها در فهرست‌های واژهٔ ما نیست، یا ترتیب واژه‌ها درست نیست. هر یک از دوازده واژه را با آنچه یادداشت کرده‌اید مقایسه کنید.",
  "error.codename_unknown.title": "این نام رمز را نمی‌شناسیم",
  "error.codename_unknown.body":
    "واژه‌ها معتبرند، اما هرگز با این نام رمز چیزی فرستاده نشده است. اگر هیچ‌وقت ارسالی را به پایان نرسانده‌اید، از نو شروع کنید تا نام رمز تازه‌ای بگیرید.",
  "error.too_many_attempts.title": "در حال حاضر تلاش‌ها بیش از حد است",
  "error.too_many_attempts.body":
    "در حال حاضر نام‌های رمز نادرست زیادی دریافت می‌کنیم، برای همین سرعت را کم کرده‌ایم. یک دقیقه صبر کنید، نام رمز خود را بررسی کنید و دوباره تلاش کنید.",
  "error.codename_page_expired.title": "مهلت این صفحهٔ نام رمز تمام شده است",
  "error.codename_page_expired.body":
    "برای امنیت شما، نام رمز تازه باید ظرف یک ساعت و در همان مرورگر از صفحهٔ خودش ادامه داده شود. چیزی ذخیره نشد. یک نام رمز تازه بگیرید و از صفحهٔ آن ادامه دهید.",
  "error.too_many_new_sources.title": "در این لحظه منبع‌های تازه بیش از حد زیادند",
  "error.too_many_new_sources.body":
    "افراد زیادی هم‌زمان شروع می‌کنند، برای همین سرعت را کم کرده‌ایم. چیزی ذخیره نشد و نام رمزی که به شما نشان داده شد به کار نرفت. یک دقیقه صبر کنید و سپس یک نام رمز تازه بگیرید.",
  "error.form_rejected.title": "این فرم پذیرفته نشد",
  "error.form_rejected.body":
    "کادری که افراد هرگز آن را نمی‌بینند پر شده بود؛ کاری که برنامه‌های خودکار انجام می‌دهند. چیزی ذخیره نشد. اگر شما یک انسان هستید، صفحه را دوباره بارگذاری کنید و دوباره بفرستید.",
  "error.form_too_large.title": "فرم بیش از حد بزرگ بود",
  "error.form_too_large.body":
    "چیزی تغییر نکرد. به صفحهٔ قبل برگردید، آن را دوباره بارگذاری کنید و باز هم تلاش کنید.",
  "error.empty_submission.title": "چیزی برای فرستادن نیست",
  "error.empty_submission.body":
    "یک پیام بنویسید یا دست‌کم یک فایل انتخاب کنید، سپس دوباره بفرستید.",
  "error.message_too_long.title": "پیام شما بیش از حد طولانی است",
  "error.message_too_long.body":
    "پیام‌ها حداکثر می‌توانند {max, plural, one {# نویسه} other {# نویسه}} داشته باشند. آن را کوتاه کنید، یا متن را در یک فایل بگذارید و پیوست کنید. چیزی فرستاده نشد.",
  "error.file_too_large.title": "یک فایل بیش از حد بزرگ است",
  "error.file_too_large.body":
    "حجم هر فایل حداکثر {maxFile} است. آن را به بخش‌های کوچک‌تر تقسیم کنید یا در چند ارسال جداگانه بفرستید. چیزی فرستاده نشد.",
  "error.submission_too_large.title": "حجم ارسال یک‌باره بیش از حد است",
  "error.submission_too_large.body":
    "حجم کل هر ارسال حداکثر {maxTotal} است. فایل‌ها را در چند ارسال جداگانه بفرستید. چیزی فرستاده نشد.",
  "error.too_many_files.title": "تعداد فایل‌ها بیش از حد است",
  "error.too_many_files.body":
    "هر ارسال حداکثر می‌تواند {maxFiles, plural, one {# فایل} other {# فایل}} داشته باشد. آن‌ها را در یک فایل فشرده بگذارید یا در چند ارسال جداگانه بفرستید. چیزی فرستاده نشد.",
  "error.file_name_invalid.title": "نام یک فایل قابل استفاده نیست",
  "error.file_name_invalid.body":
    "نام فایل باید بین ۱ تا ۲۵۵ نویسه باشد و خط مورب یا نویسه‌های کنترلی نامرئی نداشته باشد. نام فایل را تغییر دهید و دوباره بفرستید. چیزی فرستاده نشد.",
  "error.multipart_malformed.title": "بارگذاری آسیب دیده بود",
  "error.multipart_malformed.body":
    "آنچه رسید ناقص بود یا شکل مورد انتظار را نداشت. چیزی ذخیره نشد. صفحه را دوباره بارگذاری کنید و دوباره بفرستید.",
  "error.channel_unknown.title": "انتخاب کنید چه کسی این را دریافت کند",
  "error.channel_unknown.body":
    "یکی از گیرندگان فهرست‌شده را انتخاب کنید و دوباره بفرستید. چیزی فرستاده نشد.",
  "error.channel_not_ready.title": "این راه ارتباطی هنوز آماده نیست",
  "error.channel_not_ready.body":
    "هنوز کسی نمی‌تواند در اینجا ارسال‌ها را دریافت کند، برای همین چیزی ذخیره نشد. لطفاً بعداً دوباره تلاش کنید.",
  "error.upload_aborted.title": "بارگذاری قطع شد",
  "error.upload_aborted.body":
    "اتصال پیش از رسیدن همهٔ داده‌ها قطع شد، برای همین چیزی ذخیره نشد. دوباره بفرستید.",
  "error.storage_unavailable.title": "لطفاً بعداً دوباره تلاش کنید",
  "error.storage_unavailable.body":
    "سرور در حال حاضر نمی‌تواند ارسال‌ها را ذخیره کند. چیزی از این تلاش نگه داشته نشد و آنچه پیش‌تر فرستاده‌اید آسیبی ندیده است. کمی بعد دوباره تلاش کنید.",
  "error.internal.title": "مشکلی پیش آمد",
  "error.internal.body":
    "سرور دچار خطا شد. چیزی از این تلاش نگه داشته نشد. لطفاً بعداً دوباره تلاش کنید.",
};
