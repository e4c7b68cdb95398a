/**
 * فارسی (fa). Native review: pending. Register: formal «شما» with plural imperatives.
 * Right-to-left: every string begins with Persian text so the paragraph direction is
 * right-to-left even where it is guessed from the first letter; the onion address is
 * written "onion" without the leading dot, which would otherwise be displayed on the
 * wrong side of the word. Menu paths use ← (reading direction). Digits are Persian, as
 * Intl formats numbers for this locale.
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
  "warning.js.title": "اجرای JavaScript روشن است",
  // review: menu path follows Firefox's Persian UI as remembered (تنظیمات ← حریم خصوصی و امنیت ← سطح امنیت); check against the current Tor Browser
  "warning.js.body":
    "برای امنیت خودتان آن را خاموش کنید: در مرورگر Tor Browser به تنظیمات ← حریم خصوصی و امنیت ← سطح امنیت بروید و «ایمن‌ترین» را انتخاب کنید. سپس این صفحه را دوباره بارگذاری کنید.",
  "warning.browser.title": "این مرورگر Tor Browser نیست",
  "warning.browser.body":
    "مرورگرهای دیگر، حتی در حالت خصوصی، ممکن است هویت شما را فاش کنند. مرورگر Tor Browser را از torproject.org بارگیری کنید، سطح امنیت آن را روی «ایمن‌ترین» بگذارید و نشانی onion ما را در آن باز کنید.",
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
  "form.message.hint": "حداکثر {max} نویسه. بگویید چه می‌فرستید و چرا اهمیت دارد.",
  "form.files": "فایل‌ها",
  "form.files.hint":
    "حداکثر {maxFiles} فایل، هر کدام حداکثر {maxFile} و روی هم حداکثر {maxTotal}. فایل‌ها ممکن است اطلاعات پنهانی دربارهٔ شما داشته باشند (نام نویسنده، مکان، مشخصات دستگاه): اگر می‌توانید، پیش از ارسال آن‌ها را پاک کنید.",
  "form.send": "ارسال امن",
  "form.send.hint":
    "فرستادن فایل‌های بزرگ از طریق Tor ممکن است زمان زیادی ببرد. تا وقتی پیام تأیید را ندیده‌اید، این زبانه را باز نگه دارید.",

  "received.title": "دریافت شد",
  "received.body":
    "ارسال شما رمزگذاری و ذخیره شد. فقط گیرندگان تعیین‌شده در {org} می‌توانند آن را بخوانند.",
  "received.files": "تعداد فایل‌های دریافت‌شده: {files}.",
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

  "logout.title": "شما خارج شدید",
  "logout.body":
    "برای اینکه ردی در این مرورگر باقی نماند، اکنون از گزینهٔ «هویت جدید» در مرورگر Tor Browser استفاده کنید (نماد جارو، یا Ctrl+Shift+U). این کار این زبانه را می‌بندد و داده‌هایش را پاک می‌کند.",

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
  "error.form_rejected.title": "این فرم پذیرفته نشد",
  "error.form_rejected.body":
    "کادری که افراد هرگز آن را نمی‌بینند پر شده بود؛ کاری که برنامه‌های خودکار انجام می‌دهند. چیزی ذخیره نشد. اگر شما یک انسان هستید، صفحه را دوباره بارگذاری کنید و دوباره بفرستید.",
  "error.empty_submission.title": "چیزی برای فرستادن نیست",
  "error.empty_submission.body":
    "یک پیام بنویسید یا دست‌کم یک فایل انتخاب کنید، سپس دوباره بفرستید.",
  "error.message_too_long.title": "پیام شما بیش از حد طولانی است",
  "error.message_too_long.body":
    "پیام‌ها حداکثر می‌توانند {max} نویسه داشته باشند. آن را کوتاه کنید، یا متن را در یک فایل بگذارید و پیوست کنید. چیزی فرستاده نشد.",
  "error.file_too_large.title": "یک فایل بیش از حد بزرگ است",
  "error.file_too_large.body":
    "حجم هر فایل حداکثر {maxFile} است. آن را به بخش‌های کوچک‌تر تقسیم کنید یا در چند ارسال جداگانه بفرستید. چیزی فرستاده نشد.",
  "error.submission_too_large.title": "حجم ارسال یک‌باره بیش از حد است",
  "error.submission_too_large.body":
    "حجم کل هر ارسال حداکثر {maxTotal} است. فایل‌ها را در چند ارسال جداگانه بفرستید. چیزی فرستاده نشد.",
  "error.too_many_files.title": "تعداد فایل‌ها بیش از حد است",
  "error.too_many_files.body":
    "هر ارسال حداکثر می‌تواند {maxFiles} فایل داشته باشد. آن‌ها را در یک فایل فشرده بگذارید یا در چند ارسال جداگانه بفرستید. چیزی فرستاده نشد.",
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
