/**
 * العربية (ar). Native review: pending. Register: formal Modern Standard Arabic. To address
 * a reader of any gender, requests use «يُرجى» with a verbal noun and second-person verbs
 * are avoided where the written form would show gender.
 * Right-to-left: every string begins with Arabic text so the paragraph direction is
 * right-to-left even where it is guessed from the first letter; the onion address is
 * written "onion" without the leading dot, which would otherwise be displayed on the
 * wrong side of the word. Menu paths use ← (reading direction). Digits are Western, as
 * Intl formats numbers for "ar". Counts are ICU plurals with all six Arabic cases (zero,
 * one, two, few, many, other), the counted noun agreeing with the number in each.
 */
import type { Messages } from "./en.ts";

export const ar: Messages = {
  "meta.title": "تواصل آمن مع {org}",
  "meta.language": "اللغة",
  "nav.home": "الصفحة الرئيسية",
  // review: Tor Browser's Arabic label for "Safest" was «الأكثر أمنا» (older: «جِدّ آمِن»); check the current release
  "footer.nojs":
    "تعمل هذه الصفحات مع تعطيل JavaScript. في متصفح Tor Browser، يُرجى اختيار مستوى الأمان «الأكثر أمنًا».",
  "footer.logout": "تسجيل الخروج",
  "nav.quickexit": "خروج سريع",
  "nav.guide": "دليل الأمان",
  "warning.js.title": "ميزة JavaScript مفعّلة",
  // review: menu path follows Firefox's Arabic UI as remembered (الإعدادات ← الخصوصية والأمان ← مستوى الأمان); "Safest" label as in footer.nojs
  "warning.js.body":
    "حفاظًا على سلامتك، يُرجى تعطيلها: في متصفح Tor Browser، يُرجى فتح الإعدادات ← الخصوصية والأمان ← مستوى الأمان، واختيار «الأكثر أمنًا»، ثم إعادة تحميل هذه الصفحة.",
  "warning.browser.title": "هذا ليس متصفح Tor Browser",
  // review: "Safest" label as in footer.nojs
  "warning.browser.body":
    "قد تكشف المتصفحات الأخرى هويتك، حتى في وضع التصفح الخاص. يُرجى تنزيل متصفح Tor Browser من torproject.org (وإذا كان هذا الموقع محجوبًا، فدليل الأمان الخاص بنا يشرح ما يمكن فعله)، وضبط مستوى الأمان فيه على «الأكثر أمنًا»، ثم فتح عنوان onion الخاص بنا فيه.",
  // review: Android, iPhone and iPad written in Arabic script (أندرويد، آيفون، آيباد) in the new texts; product and store names stay in Latin letters
  "warning.browser.ios":
    "على آيفون أو آيباد، يُرجى استخدام متصفح Onion Browser بعد ضبط مستوى الأمان فيه على «ذهب»، ثم فتح عنوان onion الخاص بنا فيه. قد تكشف المتصفحات الأخرى هويتك.",
  "warning.onion.title": "هذا ليس عنوان onion الخاص بنا",
  "warning.onion.body":
    "يُرجى فتح هذه الصفحة في متصفح Tor Browser عبر عنوان onion الخاص بنا، ويمكنك التحقق منه بمقارنته بالبيان الموقَّع الذي نشرناه. قد تكشف الطرق الأخرى للوصول إلينا هويتك.",
  "warning.tor2web.title": "هذا الاتصال ليس مجهول الهوية",
  "warning.tor2web.body":
    "اتصالك بنا يمر عبر وسيط ويب (proxy) يستطيع معرفة هويتك ورؤية ما يُرسَل. يُرجى إغلاق هذه الصفحة وفتح عنوان onion الخاص بنا في متصفح Tor Browser بدلًا من ذلك.",

  "landing.title": "التواصل مع {org} بأمان",
  "landing.intro":
    "يمكنك هنا إرسال رسائل وملفات إلينا دون الإفصاح عن هويتك. يُشفَّر كل ما يُرسَل على هذا الخادم قبل تخزينه، ولا يستطيع قراءته إلا الأشخاص المعيَّنون لاستلامه في {org}.",
  "landing.start": "إرسال شيء إلينا لأول مرة",
  "landing.start.hint": "سنعطيك اسمًا رمزيًا. يتيح لك هذا الاسم العودة لإرسال المزيد وقراءة ردودنا.",
  "landing.returning": "لديّ اسم رمزي بالفعل",
  "landing.returning.hint": "يُرجى تسجيل الدخول باسمك الرمزي لإرسال المزيد.",
  "landing.guide": "قبل إرسال أي شيء، يُرجى قراءة دليل الأمان الخاص بنا.",
  "landing.blocked":
    "هل Tor محجوب في مكانك، أو هل الاتصال من هاتف؟ يشرح دليل الأمان الخاص بنا ما يجب فعله.",

  "codename.title": "اسمك الرمزي",
  "codename.intro":
    "هذا هو اسمك الرمزي، وهو الطريقة الوحيدة للعودة إلى هذه المحادثة. لا يمكننا عرضه عليك مرة أخرى، ولا يمكننا استعادته لك.",
  "codename.keep.title": "يُرجى الاحتفاظ به في مكان آمن",
  "codename.keep.1": "يُرجى كتابته على ورق أو حفظه عن ظهر قلب، وعدم تخزينه على أي جهاز مرتبط بك.",
  "codename.keep.2": "يُرجى عدم مشاركته مع أحد: فكل من يحصل عليه يستطيع قراءة ردودنا عليك.",
  "codename.keep.3": "لن يطلبه منك أي شخص من {org} أبدًا.",
  "codename.continue": "لقد دوّنته — متابعة",

  "form.title": "إرسال رسالة أو ملفات",
  "form.channel": "مَن يجب أن يستلم هذا؟",
  "form.message": "رسالتك",
  // review: number–noun agreement per plural case (حرفان، # أحرف، # حرفًا، # حرف); check the zero case, which limits never reach
  "form.message.hint":
    "الحد الأقصى: {max, plural, zero {# حرف} one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}}. يُرجى إخبارنا بما تحتويه الرسالة ولماذا هي مهمة.",
  "form.files": "الملفات",
  "form.files.hint":
    "يمكن إرسال ما يصل إلى {maxFiles, plural, zero {# ملف} one {ملف واحد} two {ملفين} few {# ملفات} many {# ملفًا} other {# ملف}}، بحجم أقصاه {maxFile} لكل ملف و{maxTotal} للمجموع. قد تحمل الملفات معلومات مخفية عنك (أسماء المؤلفين، والمواقع، وتفاصيل الجهاز): يُرجى إزالتها قبل الإرسال إن أمكن.",
  "form.send": "إرسال بأمان",
  "form.send.hint":
    "قد يستغرق إرسال الملفات الكبيرة عبر Tor وقتًا طويلًا. يُرجى إبقاء علامة التبويب هذه مفتوحة حتى تظهر رسالة التأكيد.",

  "received.title": "تم الاستلام",
  "received.body": "تم تشفير ما أرسلته وتخزينه. لا يستطيع قراءته إلا المستلمون المعيَّنون في {org}.",
  // review: verb agreement with the counted noun in each case
  "received.files":
    "{files, plural, zero {لم يُستلَم أي ملف.} one {استُلم ملف واحد.} two {استُلم ملفان.} few {استُلمت # ملفات.} many {استُلم # ملفًا.} other {استُلم # ملف.}}",
  "received.next":
    "نقرأ كل ما يصلنا، لكن قد لا نرد، أو قد نتأخر في الرد. للاطلاع على الردود، يُرجى العودة باستخدام اسمك الرمزي.",
  "received.more": "إرسال شيء آخر",

  "login.title": "تسجيل الدخول بالاسم الرمزي",
  "login.codename": "اسمك الرمزي",
  // review: English "Any language we gave it to you in works" read as: type it in the language it was given in, whichever that was
  "login.hint":
    "الكلمات التي دوّنتها، مع مسافة بين كل كلمة وأخرى. يُكتب الاسم باللغة التي أعطيناك إياه بها، أيًّا كانت.",
  "login.submit": "متابعة",

  "source.title": "مرحبًا بعودتك",
  "source.replies": "لا توجد ردود لك حتى الآن.",
  "replies.title": "الردود من {org}",
  "replies.hint": "يُرجى حذف كل رد بعد قراءته. الرد المحذوف يختفي نهائيًا.",
  "replies.meta": "أُرسل في {day}",
  "replies.delete": "قرأته — حذف",
  // review: «# من ردودنا» (# of our replies) avoids number–noun agreement in few, many and other; check the dual, and the zero case, which the page never shows
  "replies.unreadable":
    "{count, plural, zero {لا توجد ردود تعذّر فتحها.} one {تعذّر فتح أحد ردودنا. ربما يكون تالفًا؛ سنعيد إرساله إن كان مهمًا.} two {تعذّر فتح ردّين من ردودنا. ربما يكونان تالفين؛ سنعيد إرسالهما إن كانا مهمّين.} few {تعذّر فتح # من ردودنا. ربما تكون تالفة؛ سنعيد إرسالها إن كانت مهمة.} many {تعذّر فتح # من ردودنا. ربما تكون تالفة؛ سنعيد إرسالها إن كانت مهمة.} other {تعذّر فتح # من ردودنا. ربما تكون تالفة؛ سنعيد إرسالها إن كانت مهمة.}}",

  "logout.title": "تم تسجيل الخروج",
  "logout.body":
    "لكي لا يبقى أي أثر في هذا المتصفح، يُرجى الآن استخدام ميزة «هوية جديدة» في متصفح Tor Browser (أيقونة المكنسة، أو Ctrl+Shift+U)، فهي تغلق علامة التبويب هذه وتمسح بياناتها.",

  "guide.title": "دليل الأمان",
  "guide.intro":
    "تحميك هذه الخطوات عند التواصل مع {org}. يُرجى قراءتها كلها قبل البدء، فهي لا تستغرق سوى بضع دقائق.",
  "guide.before.title": "قبل التواصل معنا",
  "guide.before.device":
    "يُرجى استخدام جهاز وشبكة لا صلة لهما بك، وعدم استخدام شبكة العمل أو المنزل أبدًا إذا كانت مراقَبة أو يُحتمل أن تكون كذلك؛ فالشبكة العامة غير المعتادة أكثر أمانًا.",
  // review: «مشروع Tor» for the Tor Project; «مواقعه المرآة» for its mirrors
  "guide.before.tor":
    "يُرجى الحصول على متصفح Tor Browser من مشروع Tor فقط: من موقعه torproject.org، أو من مواقعه المرآة الرسمية، أو من خدمة GetTor التابعة له، أو من متجر التطبيقات الرسمي على الهاتف (التفاصيل أدناه). فالنسخة التي يُحصَل عليها من أي مكان آخر قد تكون معدَّلة للتجسس عليك.",
  "guide.before.safest":
    "في متصفح Tor Browser، يُرجى فتح الإعدادات ← الخصوصية والأمان ← مستوى الأمان، واختيار «الأكثر أمنًا». تعمل صفحاتنا بهذا المستوى.",
  "guide.before.verify":
    "قبل إرسال أي شيء، يُرجى التحقق من عنوان onion الخاص بنا: يجب أن يطابق العنوانَ الوارد في بياننا الموقَّع حرفًا بحرف. قد يبدو موقع مزيَّف مطابقًا لموقعنا تمامًا، لكنه لا يمكن أن يحمل عنواننا.",
  "guide.before.fingerprint":
    "بياننا موقَّع بمفتاحنا. يُرجى التأكد من أن بصمة مفتاحنا العام هي نفسها في كل مكان ننشرها فيه: على موقعنا الإلكتروني، وفي منشوراتنا، وفي موادنا المطبوعة. وإذا اختلف عنوان أو بصمة في أي مكان، فيُرجى عدم استخدامه.",
  "guide.before.address": "عنوان onion الخاص بنا",
  "guide.before.key": "بصمة مفتاحنا العام",
  "guide.send.title": "ما الذي يُرسَل، وكيف تُزال البيانات الوصفية",
  "guide.send.what":
    "يُرجى إرسال ما يُظهر المشكلة: مستندات، وصور، ورواية شخصية لما حدث. ويُرجى توضيح كيف يمكننا التحقق من ذلك، دون ذكر هويتك.",
  "guide.send.metadata":
    "تحمل الملفات معلومات مخفية تُسمى البيانات الوصفية: اسم المؤلف، والجهاز المستخدم، والتواريخ، وفي الصور غالبًا المكان الذي التُقطت فيه. يُرجى إزالتها قبل الإرسال إن أمكن، مثلًا بأداة لإزالة البيانات الوصفية، أو بإرسال نسخة جديدة لا تحتفظ إلا بالمحتوى.",
  // review: «صورة الشاشة أو لقطتها» for a photo or screenshot of a screen; check it is clear
  "guide.send.screens":
    "قد تكشف صورة الشاشة أو لقطتها هويتك: فقد تُظهر اسمك، أو حسابك، أو إعداداتك، أو الوقت، كما أن بعض المستندات تُعَدّ بفروق طفيفة لكل شخص يتسلّمها.",
  "guide.send.printers":
    "تضيف طابعات ملونة كثيرة نقاطًا صفراء دقيقة تكاد لا تُرى، تسجّل الرقم التسلسلي للطابعة ووقت الطباعة. يُرجى عدم إرسال مسح ضوئي أو صور لصفحات طُبعت على طابعة يمكن ربطها بك.",
  "guide.send.retype":
    "يُرجى، متى أمكن، إعادة كتابة المقاطع المهمة بدلًا من إرسال المستند نفسه: فالمقتطفات المعاد كتابتها تحمل أقل قدر من العلامات المخفية.",
  "guide.codename.title": "الاحتفاظ باسمك الرمزي",
  "guide.codename.paper":
    "يُرجى كتابة اسمك الرمزي بخط اليد على ورق، وعدم الاحتفاظ به أبدًا في هاتف أو حاسوب أو برنامج لإدارة كلمات المرور أو خدمة سحابية: فقد يُفتَّش محتواها أو يُزامَن أو يُنسَخ احتياطيًا دون علمك.",
  "guide.codename.keep":
    "يُرجى حفظ الورقة في مكان لا يصل إليه أحد غيرك، وإتلافها عند انتهاء الحاجة إليها. فكل من يحصل على اسمك الرمزي يستطيع قراءة ردودنا عليك.",
  "guide.next.title": "ماذا يحدث بعد ذلك",
  "guide.next.read": "نقرأ كل ما يصلنا.",
  "guide.next.reply":
    "قد لا نرد، أو قد نتأخر في الرد. للتحقق من ذلك، يُرجى العودة من حين لآخر، مع اتباع هذا الدليل من جديد، وتسجيل الدخول باسمك الرمزي.",
  "guide.next.accounts":
    "يُرجى عدم التواصل معنا أبدًا من حساب يمكن ربطه بك: لا من بريدك الإلكتروني، ولا من رقم هاتفك، ولا من حساباتك على وسائل التواصل الاجتماعي. يُرجى استخدام هذه الصفحة فقط.",
  "guide.after.title": "عدم ترك أي أثر بعد ذلك",
  "guide.after.identity":
    "عند الانتهاء، يُرجى استخدام ميزة «هوية جديدة» في متصفح Tor Browser (أيقونة المكنسة، أو Ctrl+Shift+U)، ثم إغلاق متصفح Tor Browser.",
  "guide.after.files":
    "يُرجى عدم حفظ ملفات منا على جهاز مشترك أو على جهاز مرتبط بك، وقراءة ردودنا هنا ثم حذفها.",

  "guide.risk.title": "هل امتلاك Tor آمن؟",
  "guide.risk.visible":
    "في بعض الأماكن، قد يكون وجود Tor على الجهاز، أو أن يُرى استخدامك له، سببًا للمتاعب في حد ذاته. وغالبًا ما يستطيع من يدير شبكتك معرفة أن اتصالك يمر عبر Tor، لكن دون معرفة المواقع التي تُزار. والجسور (الموضَّحة أدناه) تجعل رؤية ذلك أصعب، لا مستحيلة.",
  "guide.risk.device":
    "يُرجى استخدام هاتف أو حاسوب خاص بك وحدك: لا جهاز عمل، ولا جهاز يديره أو يفحصه صاحب عمل أو مدرسة أو أحد الأقارب. فهذه الأجهزة قد تسجّل كل ما يُفعل عليها.",
  "guide.risk.search":
    "يُرجى عدم البحث عن Tor، أو عنا، على جهاز أو شبكة مراقَبة: فالبحث نفسه يمكن أن يُرى. ويُرجى البدء من جهاز وشبكة لا صلة لهما بك.",
  "guide.risk.remove":
    "عند الانتهاء، يمكن إزالة متصفح Tor Browser: على الهاتف بإلغاء تثبيت التطبيق، وعلى الحاسوب بحذف مجلد Tor Browser والملف الذي نُزِّل، ثم إفراغ سلة المهملات.",
  "guide.risk.traces":
    "لا تمحو الإزالة كل أثر. فمتاجر التطبيقات تحتفظ بقائمة بما ثُبِّت، والجهاز الذي يُفحَص عن قرب قد يكشف المزيد. وإذا كان هاتفك قد يُفتَّش، عند حاجز تفتيش مثلًا، فيُرجى التفكير في ذلك قبل تثبيت أي شيء.",

  "guide.blocked.title": "إذا كان Tor محجوبًا",
  "guide.blocked.intro":
    "إذا تعذّر على متصفح Tor Browser الاتصال، فقد تكون شبكتك تحجب Tor. ويستطيع متصفح Tor Browser تجاوز ذلك بالجسور: وهي نقاط دخول مخفية تجعل التعرّف على اتصالك أصعب. وقد تكون أبطأ.",
  // review: Tor Browser’s Arabic label for “Try a bridge” and its name for Connection Assist not verified; English label kept with a translation
  "guide.blocked.assist":
    "أولًا، يُرجى ترك متصفح Tor Browser يختار: عند فشل الاتصال، يُرجى الضغط على «Try a bridge» (تجربة جسر). هذه ميزة مساعد الاتصال (Connection Assist): تختار الجسر الأرجح أن يعمل في مكانك. وإذا طلبت ذلك، يُرجى اختيار بلدك أو منطقتك.",
  // review: Tor Browser’s Arabic labels not verified: the settings pane «الاتصال» (“Connection”), “Select a Built-In Bridge”, and on Android “Config Bridge”, “Use a Bridge”; English labels kept with a translation. Menu path written with ← as in guide.before.safest
  "guide.blocked.builtin":
    "إذا لم ينجح ذلك، يُرجى اختيار جسر يدويًا، وتجربة الجسور واحدًا تلو الآخر. على الحاسوب: القائمة (≡) ← الإعدادات ← الاتصال ← «Select a Built-In Bridge» (اختيار جسر مدمج). على أندرويد: الإعدادات ← «Config Bridge» (ضبط الجسر) ← «Use a Bridge» (استخدام جسر). الخيارات:",
  // review: «جسر Snowflake» (and «جسر obfs4»، «جسر meek»، «جسر WebTunnel») so that the text starts with an Arabic word
  "guide.blocked.snowflake":
    "جسر Snowflake: يمرّر اتصالك عبر حواسيب متطوعين ويجعله يبدو كمكالمة فيديو. غالبًا ما يعمل حيث تُحجب الجسور الأخرى، لكنه قد يكون بطيئًا.",
  "guide.blocked.obfs4":
    "جسر obfs4: يجعل اتصالك يبدو كضجيج عشوائي. يعمل في أماكن كثيرة، لكن جسور obfs4 المدمجة محجوبة في بعض البلدان، ويلزم حينها الحصول على جسور جديدة (التفاصيل أدناه).",
  "guide.blocked.meek":
    "جسر meek: يجعل اتصالك يبدو كزيارة لموقع كبير عادي. بطيء، لكن حجبه صعب: يُرجى تجربته عندما تفشل الجسور الأخرى.",
  "guide.blocked.webtunnel":
    "جسر WebTunnel: يجعل اتصالك يبدو كزيارة عادية لموقع آمن. وهو غير موجود في القائمة المدمجة: يُرجى طلب جسور WebTunnel (التفاصيل أدناه).",
  // review: Tor Browser’s Arabic label for “Request bridges” not verified; English kept with a translation. «اللغز الصغير» for the captcha
  "guide.blocked.request":
    "على الحاسوب، يمكن أيضًا طلب جسور جديدة من داخل متصفح Tor Browser: في الإعدادات نفسها، يُرجى اختيار «Request bridges» (طلب جسور)، وحلّ اللغز الصغير، ثم الاتصال.",
  "guide.blocked.ask":
    "أو يمكن طلب الجسور من مشروع Tor: عبر bridges.torproject.org، أو بهذه الطريقة إذا كان هذا الموقع محجوبًا:",
  // review: Telegram’s Arabic label for the bot’s “Start” button not verified; English kept with a translation («ابدأ» is masculine: check it reads as the button’s name)
  "guide.blocked.telegram":
    "عبر Telegram: يُرجى مراسلة {bridgesBot}، وهو بوت مشروع Tor، والضغط على «Start» (ابدأ)، ثم طلب جسور obfs4 أو WebTunnel، ونسخ ما يرسله.",
  "guide.blocked.email":
    "عبر البريد الإلكتروني: يُرجى الكتابة إلى {bridgesEmail} من عنوان Gmail أو Riseup (فهو لا يرد على غيرهما)، مع كتابة «get transport obfs4» في نص الرسالة.",
  // review: Tor Browser’s Arabic labels for “Add new bridges” (computer) and “Provide a Bridge I know” (Android) not verified; English kept with a translation
  "guide.blocked.paste":
    "ستصلك بضعة أسطر من النص: هي عناوين الجسور. في متصفح Tor Browser، يُرجى اختيار «Add new bridges» (إضافة جسور جديدة) على الحاسوب، أو «Provide a Bridge I know» (تقديم جسر أعرفه) على أندرويد، ثم لصقها، كل عنوان في سطر.",
  "guide.blocked.seen":
    "تستطيع خدمات Telegram وGmail وRiseup أن ترى طلب الجسور. إن أمكن، يُرجى استخدام حساب ليس باسمك، وحذف الرسائل بعد ذلك.",
  // review: the example country code is kept as in English («private bridge ru»); the organization may prefer its sources’ own code
  "guide.blocked.help":
    "إذا لم ينجح أي شيء، يستطيع مكتب المساعدة في مشروع Tor إرسال جسور خاصة: يُرجى الكتابة إلى {helpEmail} مع وضع «private bridge» ورمز بلدك المكوّن من حرفين في عنوان الرسالة (مثلًا «private bridge ru»)، أو مراسلة {helpBot} على Telegram.",

  "guide.get.title": "إذا تعذّر تنزيل متصفح Tor Browser",
  "guide.get.intro":
    "إذا كان torproject.org محجوبًا، يُرجى الحصول على متصفح Tor Browser من مشروع Tor بطريقة أخرى، وعدم تثبيت نسخة يرسلها شخص آخر أبدًا.",
  // review: “Start” as in guide.blocked.telegram; the GetTor bot’s “Send me Tor Browser” button may be shown in Arabic once Arabic is chosen: check its wording
  "guide.get.telegram":
    "عبر Telegram: يُرجى مراسلة {gettorBot}، والضغط على «Start» (ابدأ)، واختيار لغتك، ثم «Send me Tor Browser» (أرسل لي Tor Browser) ونظام التشغيل. يرسل البوت الملف نفسه.",
  "guide.get.email":
    "عبر البريد الإلكتروني: يُرجى الكتابة إلى {gettorEmail} بكلمة واحدة في عنوان الرسالة وفي نصها: windows أو macos أو linux أو android. يحتوي الرد على روابط التنزيل.",
  "guide.get.mirrors": "نسخ رسمية من موقع مشروع Tor: {mirror1} و{mirror2}.",
  "guide.get.phone":
    "على الهاتف، يمكن أيضًا استخدام متجر التطبيقات الرسمي: «Tor Browser» على Google Play، أو «Onion Browser» على App Store. يُرجى الحذر من التطبيقات المقلِّدة ذات الأسماء المشابهة.",

  "guide.phone.title": "على الهاتف",
  "guide.phone.intro":
    "تعمل صفحاتنا على الهاتف. يُرجى فتحها في متصفح Tor Browser (أندرويد) أو متصفح Onion Browser (آيفون، آيباد) فقط، وليس في متصفحك المعتاد أبدًا.",
  // review: Tor Browser for Android’s Arabic labels for “Connect” and “Try a bridge” not verified; English kept with a translation
  "guide.phone.android.connect":
    "على أندرويد: يُرجى فتح متصفح Tor Browser والضغط على «Connect» (اتصال). وإذا فشل الاتصال، يُرجى الضغط على «Try a bridge» (تجربة جسر)، أو الرجوع إلى قسم «إذا كان Tor محجوبًا» أعلاه.",
  // review: menu path on Android as remembered, with ←; “Safest” label as in footer.nojs; “Save and restart” not verified, English kept with a translation
  "guide.phone.android.safest":
    "ثم يُرجى ضبط أشد المستويات: القائمة (⋮) ← الإعدادات ← مستوى الأمان (تحت «الخصوصية والأمان») ← «الأكثر أمنًا» ← «Save and restart» (حفظ وإعادة التشغيل). هذا يعطّل JavaScript.",
  // review: “New Identity” label as in logout.body («هوية جديدة»); check the current release
  "guide.phone.android.after":
    "لا يحتوي متصفح Tor Browser لأندرويد على زر «هوية جديدة». عند الانتهاء، يُرجى إغلاق جميع علامات التبويب، ثم إغلاق التطبيق تمامًا.",
  "guide.phone.ios.app":
    "على آيفون وآيباد: لا يوجد متصفح Tor Browser. يُرجى استخدام متصفح Onion Browser الذي يوصي به مشروع Tor. وعندما يطلب ذلك، يُرجى تثبيت Orbot واستخدامه، وهو تطبيق مجاني يعمل معه: فهذا أكثر أمانًا من Tor المدمج في Onion Browser.",
  // review: Onion Browser’s Arabic “Settings” label assumed to be «الإعدادات»
  "guide.phone.ios.gold":
    "ثم يُرجى ضبط أشد المستويات: الإعدادات ← «الأمن الافتراضي» ← «ذهب». يعطّل مستوى «ذهب» JavaScript.",
  // review: Orbot’s Arabic labels for “Built-in Bridges (obfs4)” and “Custom Bridges” not verified; English kept with a translation
  "guide.phone.ios.bridges":
    "إذا تعذّر على Orbot الاتصال، يُرجى فتح Orbot واختيار طريقة اتصال أخرى، مثل Snowflake أو «Built-in Bridges (obfs4)» (جسور obfs4 المدمجة)، أو لصق الجسور التي طُلبت في «Custom Bridges» (جسور مخصصة).",
  "guide.phone.ios.limits":
    "تُلزم شركة آبل كل متصفح على آيفون باستخدام محركها الخاص، لذا لا يستطيع Onion Browser حمايتك بالقدر الكامل الذي يوفره Tor Browser. إن أمكن الاختيار، يُرجى استخدام متصفح Tor Browser على حاسوب أو على أندرويد.",
  // review: Onion Browser’s Arabic label for the home-screen shortcut “Clear Data” not verified; English kept with a translation
  "guide.phone.ios.after":
    "عند الانتهاء، يُرجى الضغط مطولًا على أيقونة Onion Browser واختيار «Clear Data» (مسح البيانات).",
  "guide.phone.codename": "على الهاتف، تكفي كتابة الأحرف الأربعة الأولى من كل كلمة في اسمك الرمزي.",

  // review: verbal-noun title, as guide.after.title
  "guide.links.title": "عدم فتح عنواننا داخل أي تطبيق أبدًا",
  "guide.links.inapp":
    "عند رؤية عنواننا في Telegram أو Instagram أو Facebook أو X، يُرجى عدم الضغط عليه. فهذه التطبيقات تفتح الروابط في متصفحها المدمج: وهو لا يستطيع فتح عناوين onion، وقد يكشف العنوان لشبكتك، ويتيح للتطبيق مراقبة كل ما يُفعل في الصفحة.",
  "guide.links.copy":
    "بدلًا من ذلك، يُرجى الضغط مطولًا على العنوان واختيار «نسخ»، ثم فتح متصفح Tor Browser أو Onion Browser، ولصقه في شريط العنوان، والتحقق من أنه يطابق عنواننا تمامًا.",
  "guide.links.qr":
    "وينطبق الأمر نفسه على رمز QR الخاص بنا: عندما تعرض الكاميرا فتح الرابط، يُرجى اختيار «نسخ» بدلًا من ذلك، ولصقه في متصفح Tor Browser أو Onion Browser.",

  "kit.title": "كيفية التواصل مع {org} بأمان",
  // review: kit steps use verbal nouns (تنزيل، ضبط، فتح…) to stay gender-neutral, as list items; check this reads well on a card
  "kit.step1":
    "الحصول على متصفح Tor Browser (حاسوب، أندرويد) أو Onion Browser (آيفون) من مصدر رسمي.",
  "kit.step2": "ضبط أشد مستويات الأمان: «الأكثر أمنًا» في Tor Browser، و«ذهب» في Onion Browser.",
  "kit.step3": "فتح عنوان onion الخاص بنا: {address}",
  "kit.step4": "الضغط على «إرسال شيء إلينا لأول مرة» وكتابة الاسم الرمزي على ورق.",
  "kit.step5": "العودة لاحقًا بالاسم الرمزي لقراءة ردنا.",
  "kit.address_label": "عنوان onion الخاص بنا",
  "kit.verify": "يُرجى مطابقة هذا العنوان مع بياننا الموقَّع. بصمة المفتاح: {fingerprint}",
  "kit.scan": "يُرجى مسح الرمز لنسخ العنوان",
  // review: the verb تعرفها treats {org} as feminine (منظمة); rephrase if names are often masculine
  "kit.video_intro":
    "هل لديك معلومات ينبغي أن تعرفها {org}؟ إليك طريقة إخبارنا بها بأمان، دون كشف هويتك.",
  "kit.video_outro": "نقرأ كل شيء. يُرجى عدم التواصل معنا أبدًا من حساب مرتبط بك.",
  "kit.inapp":
    "يُرجى عدم الضغط على عنواننا في Telegram أو Instagram أو Facebook أو X، بل نسخه ولصقه في متصفح Tor Browser.",
  "kit.blocked.title": "هل Tor محجوب؟",
  // review: “Try a bridge” as in guide.blocked.assist
  "kit.blocked":
    "في متصفح Tor Browser، يُرجى الضغط على «Try a bridge» (تجربة جسر)، أو اختيار Snowflake أو obfs4 أو meek في إعدادات الاتصال.",
  "kit.blocked.ask":
    "جسور جديدة: Telegram {bridgesBot} · البريد {bridgesEmail} (من Gmail أو Riseup فقط)",
  "kit.get":
    "هل torproject.org محجوب؟ Telegram {gettorBot} · البريد {gettorEmail} · {mirror1} · {mirror2}",
  // review: “Safest” label as in footer.nojs
  "kit.phone":
    "على الهاتف: متصفح Tor Browser على أندرويد («الأكثر أمنًا»)، وOnion Browser على آيفون («ذهب»).",
  "kit.risk":
    "قد يكون امتلاك Tor خطرًا في بعض الأماكن. يُرجى استخدام جهاز خاص بك وحدك، وليس جهاز عمل أبدًا.",
  // review: “Try a bridge” as in guide.blocked.assist
  "kit.video_blocked":
    "هل Tor محجوب؟ يُرجى الضغط على «Try a bridge» (تجربة جسر). جسور جديدة على Telegram: {bridgesBot}",

  "error.back": "العودة والمحاولة مرة أخرى",
  "error.code": "رمز الخطأ: {code}",
  "error.not_found.title": "الصفحة غير موجودة",
  "error.not_found.body":
    "هذه الصفحة غير موجودة. يُرجى التحقق من العنوان، أو العودة إلى الصفحة الرئيسية.",
  "error.method_not_allowed.title": "غير مسموح",
  "error.method_not_allowed.body":
    "لا يمكن استخدام هذه الصفحة بهذه الطريقة. يُرجى العودة إلى الصفحة الرئيسية.",
  "error.unsupported_media_type.title": "لم يُرسَل النموذج بشكل صحيح",
  "error.unsupported_media_type.body":
    "أرسل متصفحك النموذج بتنسيق لا نقبله. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.",
  "error.session_expired.title": "انتهت جلستك",
  "error.session_expired.body":
    "حفاظًا على سلامتك، تنتهي الجلسات بعد مدة. لم يُفقد أي شيء أرسلته من قبل. يُرجى تسجيل الدخول مجددًا باسمك الرمزي، أو البدء من جديد إن لم يكن لديك اسم رمزي.",
  "error.csrf_invalid.title": "انتهت صلاحية هذا النموذج",
  "error.csrf_invalid.body":
    "ظل النموذج مفتوحًا مدة طويلة جدًا أو جاء من صفحة أخرى. لم يُرسَل أي شيء. يُرجى إعادة تحميل الصفحة والإرسال مرة أخرى.",
  "error.codename_empty.title": "يُرجى إدخال اسمك الرمزي",
  "error.codename_empty.body": "كان حقل الاسم الرمزي فارغًا. يُرجى كتابة الكلمات التي دوّنتها.",
  "error.codename_too_long.title": "هذا أطول من أن يكون اسمًا رمزيًا",
  "error.codename_too_long.body":
    "يتكوّن الاسم الرمزي من اثنتي عشرة كلمة. يُرجى مراجعة ما كتبته والمحاولة مرة أخرى.",
  "error.codename_mistyped.title": "يبدو أن في هذا الاسم الرمزي خطأً في الكتابة",
  "error.codename_mistyped.body":
    "إحدى الكلمات ليست في قوائم الكلمات لدينا، أو أن ترتيب الكلمات غير صحيح. يُرجى مقارنة كل كلمة من الكلمات الاثنتي عشرة بما دوّنته.",
  "error.codename_unknown.title": "لا نعرف هذا الاسم الرمزي",
  "error.codename_unknown.body":
    "الكلمات صحيحة، لكن لم يُرسَل أي شيء بهذا الاسم الرمزي قط. إن لم يكتمل أي إرسال من قبل، فيُرجى البدء من جديد للحصول على اسم رمزي جديد.",
  "error.too_many_attempts.title": "محاولات كثيرة جدًا في الوقت الحالي",
  "error.too_many_attempts.body":
    "نتلقى حاليًا الكثير من الأسماء الرمزية الخاطئة، لذا نُبطئ الاستجابة. يُرجى الانتظار دقيقة، ثم التحقق من اسمك الرمزي والمحاولة مرة أخرى.",
  "error.codename_page_expired.title": "انتهت صلاحية صفحة الاسم الرمزي هذه",
  "error.codename_page_expired.body":
    "حفاظًا على سلامتك، يجب المتابعة باسم رمزي جديد من صفحته خلال ساعة وفي المتصفح نفسه. لم يُحفظ أي شيء. احصل على اسم رمزي جديد وتابع من صفحته.",
  "error.too_many_new_sources.title": "عدد المصادر الجديدة كبير جدًا الآن",
  "error.too_many_new_sources.body":
    "يبدأ كثيرون في اللحظة نفسها، لذا نُبطئ الاستجابة. لم يُحفظ أي شيء، ولم يُستخدم الاسم الرمزي الذي عُرض عليك. انتظر دقيقة، ثم احصل على اسم رمزي جديد.",
  "error.form_rejected.title": "تعذّر قبول النموذج",
  "error.form_rejected.body":
    "تم ملء حقل لا يراه البشر أبدًا، كما تفعل البرامج الآلية. لم يُخزَّن أي شيء. إن كنت شخصًا حقيقيًا، فيُرجى إعادة تحميل الصفحة والإرسال مرة أخرى.",
  "error.form_too_large.title": "كان النموذج كبيرًا جدًا",
  "error.form_too_large.body":
    "لم يُغيَّر أي شيء. يُرجى العودة وإعادة تحميل الصفحة والمحاولة مرة أخرى.",
  "error.empty_submission.title": "لا يوجد ما يُرسَل",
  "error.empty_submission.body":
    "يُرجى كتابة رسالة أو اختيار ملف واحد على الأقل، ثم الإرسال مرة أخرى.",
  "error.message_too_long.title": "رسالتك طويلة جدًا",
  "error.message_too_long.body":
    "الحد الأقصى لطول الرسالة {max, plural, zero {# حرف} one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}}. يُرجى اختصارها، أو وضع النص في ملف وإرفاقه. لم يُرسَل أي شيء.",
  "error.file_too_large.title": "أحد الملفات كبير جدًا",
  "error.file_too_large.body":
    "الحد الأقصى لحجم الملف الواحد هو {maxFile}. يُرجى تقسيمه إلى أجزاء أصغر أو إرساله على عدة دفعات. لم يُرسَل أي شيء.",
  "error.submission_too_large.title": "المحتوى كبير جدًا لإرساله دفعة واحدة",
  "error.submission_too_large.body":
    "الحد الأقصى للحجم الإجمالي للإرسال الواحد هو {maxTotal}. يُرجى إرسال الملفات على عدة دفعات. لم يُرسَل أي شيء.",
  "error.too_many_files.title": "عدد الملفات كبير جدًا",
  "error.too_many_files.body":
    "الحد الأقصى لعدد الملفات في الإرسال الواحد {maxFiles, plural, zero {# ملف} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}. يُرجى وضعها في ملف مضغوط، أو إرسالها على عدة دفعات. لم يُرسَل أي شيء.",
  "error.file_name_invalid.title": "لا يمكن استخدام اسم أحد الملفات",
  "error.file_name_invalid.body":
    "يجب أن يتراوح طول اسم الملف بين 1 و255 حرفًا، دون شرطات مائلة أو أحرف تحكم غير مرئية. يُرجى إعادة تسمية الملف والإرسال مرة أخرى. لم يُرسَل أي شيء.",
  "error.multipart_malformed.title": "وصل المحتوى المرفوع تالفًا",
  "error.multipart_malformed.body":
    "ما وصل كان ناقصًا أو لم يكن بالشكل المتوقع. لم يُخزَّن أي شيء. يُرجى إعادة تحميل الصفحة والإرسال مرة أخرى.",
  "error.channel_unknown.title": "يُرجى اختيار مَن سيستلم هذا",
  "error.channel_unknown.body":
    "يُرجى اختيار أحد المستلمين المدرجين في القائمة والإرسال مرة أخرى. لم يُرسَل أي شيء.",
  "error.channel_not_ready.title": "نقطة الاتصال هذه ليست جاهزة",
  "error.channel_not_ready.body":
    "لا يستطيع أحد استلام المواد المرسلة هنا بعد، لذا لم يُخزَّن أي شيء. يُرجى المحاولة مرة أخرى لاحقًا.",
  "error.upload_aborted.title": "توقّف الرفع قبل اكتماله",
  "error.upload_aborted.body":
    "انقطع الاتصال قبل وصول كل شيء، لذا لم يُخزَّن أي شيء. يُرجى الإرسال مرة أخرى.",
  "error.storage_unavailable.title": "يُرجى المحاولة مرة أخرى لاحقًا",
  "error.storage_unavailable.body":
    "لا يستطيع الخادم تخزين المواد المرسلة حاليًا. لم يُحتفظ بأي شيء من هذه المحاولة، ولم يتأثر أي شيء أرسلته من قبل. يُرجى المحاولة مرة أخرى بعد قليل.",
  "error.internal.title": "حدث خطأ ما",
  "error.internal.body":
    "حدث خطأ في الخادم. لم يُحتفظ بأي شيء من هذه المحاولة. يُرجى المحاولة مرة أخرى لاحقًا.",
};
