/**
 * Українська (uk). Native review: pending. Register: polite «ви», lowercase as is usual in
 * interfaces. {org} is inserted undeclined after prepositions (з, від); that reads well for
 * foreign or indeclinable names. Counts use «до N файлів» forms, correct for round limits.
 * The Ukrainian Tor Browser label for "Safest" was not verified, so the English label is
 * kept in quotes with a translation in parentheses.
 */
import type { Messages } from "./en.ts";

export const uk: Messages = {
  "meta.title": "{org} — безпечний зв’язок",
  "meta.language": "Мова",
  "nav.home": "Початкова сторінка",
  // review: Tor Browser's Ukrainian label for "Safest" not verified; English kept with a translation
  "footer.nojs":
    "Ці сторінки працюють із вимкненим JavaScript. У Tor Browser виберіть рівень безпеки «Safest» (найбезпечніший).",
  "footer.logout": "Вийти",
  "nav.quickexit": "Швидкий вихід",
  "warning.js.title": "JavaScript увімкнено",
  // review: menu path follows Firefox's Ukrainian UI as remembered («Приватність і безпека»); "Safest" label not verified
  "warning.js.body":
    "Задля вашої безпеки вимкніть його: у Tor Browser відкрийте Налаштування → Приватність і безпека → Рівень безпеки та виберіть «Safest» (найбезпечніший). Потім перезавантажте цю сторінку.",
  "warning.browser.title": "Це не Tor Browser",
  // review: "Safest" label not verified, as in footer.nojs
  "warning.browser.body":
    "Інші браузери, навіть у приватному режимі, можуть розкрити, хто ви. Завантажте Tor Browser із torproject.org, виберіть у ньому рівень безпеки «Safest» (найбезпечніший) і відкрийте там нашу адресу .onion.",
  "warning.onion.title": "Ви використовуєте не нашу onion-адресу",
  "warning.onion.body":
    "Відкрийте цю сторінку в Tor Browser за нашою адресою .onion — її можна звірити з нашою опублікованою підписаною заявою. Інші способи зв’язатися з нами можуть розкрити, хто ви.",
  "warning.tor2web.title": "Це з’єднання не анонімне",
  "warning.tor2web.body":
    "Ви заходите до нас через вебпроксі, який може бачити, хто ви і що ви надсилаєте. Закрийте цю сторінку та відкрийте нашу адресу .onion у Tor Browser.",

  // review: {org} stays in the nominative after «з»; a native reader may prefer a rephrase for Ukrainian organization names
  "landing.title": "Безпечно зв’яжіться з {org}",
  "landing.intro":
    "Тут ви можете надіслати нам повідомлення й файли, не кажучи, хто ви. Усе, що ви надсилаєте, шифрується на цьому сервері перед збереженням, і прочитати це можуть лише люди з {org}, призначені отримувачами.",
  "landing.start": "Надіслати нам щось уперше",
  "landing.start.hint":
    "Ми дамо вам кодове ім’я. З ним ви зможете повернутися, щоб надіслати ще щось і прочитати наші відповіді.",
  "landing.returning": "У мене вже є кодове ім’я",
  "landing.returning.hint": "Увійдіть за кодовим ім’ям, щоб надіслати ще щось.",

  "codename.title": "Ваше кодове ім’я",
  "codename.intro":
    "Це ваше кодове ім’я. Лише з ним можна повернутися до цієї розмови. Ми не зможемо показати його вам ще раз і не зможемо відновити його для вас.",
  "codename.keep.title": "Зберігайте його надійно",
  "codename.keep.1":
    "Запишіть його на папері або запам’ятайте. Не зберігайте його на пристрої, пов’язаному з вами.",
  "codename.keep.2":
    "Нікому його не повідомляйте: будь-хто, у кого воно є, може прочитати наші відповіді вам.",
  "codename.keep.3": "Ніхто з {org} ніколи не попросить його у вас.",
  "codename.continue": "Кодове ім’я записано — продовжити",

  "form.title": "Надіслати повідомлення або файли",
  "form.channel": "Хто має це отримати?",
  "form.message": "Ваше повідомлення",
  "form.message.hint": "До {max} символів. Розкажіть, що ви надсилаєте і чому це важливо.",
  "form.files": "Файли",
  "form.files.hint":
    "До {maxFiles} файлів, до {maxFile} кожен, загалом до {maxTotal}. Файли можуть містити приховані відомості про вас (імена авторів, місця, дані про пристрій): якщо можете, видаліть їх перед надсиланням.",
  "form.send": "Надіслати безпечно",
  "form.send.hint":
    "Через Tor великі файли можуть завантажуватися довго. Не закривайте цю вкладку, доки не побачите підтвердження.",

  "received.title": "Отримано",
  "received.body":
    "Ваші матеріали зашифровано й збережено. Прочитати їх можуть лише призначені отримувачі з {org}.",
  "received.files": "Отримано файлів: {files}.",
  "received.next":
    "Ми читаємо все, що отримуємо, але можемо не відповісти або відповісти із запізненням. Щоб перевірити, чи є відповіді, поверніться сюди з вашим кодовим ім’ям.",
  "received.more": "Надіслати ще щось",

  "login.title": "Вхід за кодовим ім’ям",
  "login.codename": "Ваше кодове ім’я",
  // review: English "Any language we gave it to you in works" read as: type it in the language it was given in, whichever that was
  "login.hint":
    "Слова, які ви записали, через пробіл. Підійде та мова, якою ми його вам видали, хоч би яка вона була.",
  "login.submit": "Продовжити",

  "source.title": "З поверненням",
  "source.replies": "Відповідей для вас поки немає.",
  "replies.title": "Відповіді від {org}",
  "replies.hint":
    "Видаляйте кожну відповідь, щойно прочитаєте її. Видалена відповідь зникає назавжди.",
  "replies.meta": "Надіслано {day}",
  "replies.delete": "Прочитано — видалити",

  "logout.title": "Ви вийшли",
  // review: Tor Browser's Ukrainian label for "New Identity" has been «Нова особистість»; check the current release
  "logout.body":
    "Щоб не залишити слідів у цьому браузері, тепер скористайтеся функцією Tor Browser «Нова особистість» (значок мітли або Ctrl+Shift+U): вона закриє цю вкладку й видалить її дані.",

  "error.back": "Повернутися й спробувати знову",
  "error.code": "Код помилки: {code}",
  "error.not_found.title": "Сторінку не знайдено",
  "error.not_found.body":
    "Такої сторінки немає. Перевірте адресу або поверніться на початкову сторінку.",
  "error.method_not_allowed.title": "Дія не дозволена",
  "error.method_not_allowed.body":
    "Цю сторінку не можна використовувати в такий спосіб. Поверніться на початкову сторінку.",
  "error.unsupported_media_type.title": "Форму надіслано неправильно",
  "error.unsupported_media_type.body":
    "Ваш браузер надіслав форму у форматі, який ми не приймаємо. Перезавантажте сторінку й спробуйте знову.",
  "error.session_expired.title": "Ваш сеанс завершився",
  "error.session_expired.body":
    "Задля вашої безпеки сеанси завершуються через певний час. Нічого з того, що ви надіслали раніше, не втрачено. Увійдіть знову за кодовим ім’ям або почніть спочатку, якщо його у вас немає.",
  "error.csrf_invalid.title": "Термін дії форми минув",
  "error.csrf_invalid.body":
    "Форма була відкрита надто довго або надійшла з іншої сторінки. Нічого не надіслано. Перезавантажте сторінку й надішліть ще раз.",
  "error.codename_empty.title": "Введіть кодове ім’я",
  "error.codename_empty.body": "Поле кодового імені було порожнім. Введіть слова, які ви записали.",
  "error.codename_too_long.title": "Це задовго для кодового імені",
  "error.codename_too_long.body":
    "Кодове ім’я складається з дванадцяти слів. Перевірте, що ви ввели, і спробуйте знову.",
  "error.codename_mistyped.title": "Схоже, у кодовому імені помилка",
  "error.codename_mistyped.body":
    "Одного зі слів немає в наших списках слів, або слова стоять не в тому порядку. Звірте кожне з дванадцяти слів із тим, що ви записали.",
  "error.codename_unknown.title": "Нам невідоме це кодове ім’я",
  "error.codename_unknown.body":
    "Слова правильні, але з цим кодовим ім’ям ніколи нічого не надсилали. Якщо ви так і не завершили надсилання, почніть спочатку, щоб отримати нове кодове ім’я.",
  "error.too_many_attempts.title": "Зараз забагато спроб",
  "error.too_many_attempts.body":
    "Зараз ми отримуємо багато неправильних кодових імен, тому сповільнюємо роботу. Зачекайте хвилину, перевірте кодове ім’я і спробуйте знову.",
  "error.form_rejected.title": "Форму не вдалося прийняти",
  "error.form_rejected.body":
    "Було заповнено поле, якого люди ніколи не бачать, — так роблять автоматичні програми. Нічого не збережено. Якщо ви людина, перезавантажте сторінку й надішліть ще раз.",
  "error.empty_submission.title": "Нічого надсилати",
  "error.empty_submission.body":
    "Напишіть повідомлення або виберіть принаймні один файл, а потім надішліть ще раз.",
  "error.message_too_long.title": "Повідомлення задовге",
  "error.message_too_long.body":
    "Повідомлення може містити до {max} символів. Скоротіть його або покладіть текст у файл і прикріпіть його. Нічого не надіслано.",
  "error.file_too_large.title": "Файл завеликий",
  "error.file_too_large.body":
    "Розмір кожного файлу — не більше ніж {maxFile}. Розділіть його на менші частини або надішліть у кілька прийомів. Нічого не надіслано.",
  "error.submission_too_large.title": "Забагато за один раз",
  "error.submission_too_large.body":
    "Загальний розмір одного надсилання — не більше ніж {maxTotal}. Надішліть файли в кілька прийомів. Нічого не надіслано.",
  "error.too_many_files.title": "Забагато файлів",
  "error.too_many_files.body":
    "За один раз можна надіслати до {maxFiles} файлів. Запакуйте їх в архів або надішліть у кілька прийомів. Нічого не надіслано.",
  "error.file_name_invalid.title": "Неприпустима назва файлу",
  "error.file_name_invalid.body":
    "Назва файлу має містити від 1 до 255 символів, без скісних рисок і невидимих керівних символів. Перейменуйте файл і надішліть ще раз. Нічого не надіслано.",
  "error.multipart_malformed.title": "Завантаження пошкоджено",
  "error.multipart_malformed.body":
    "Дані надійшли неповними або не в очікуваному вигляді. Нічого не збережено. Перезавантажте сторінку й надішліть ще раз.",
  "error.channel_unknown.title": "Виберіть, хто має це отримати",
  "error.channel_unknown.body":
    "Виберіть одного з отримувачів у списку й надішліть ще раз. Нічого не надіслано.",
  "error.channel_not_ready.title": "Цей канал зв’язку ще не готовий",
  "error.channel_not_ready.body":
    "Тут поки ніхто не може приймати матеріали, тому нічого не збережено. Будь ласка, спробуйте пізніше.",
  "error.upload_aborted.title": "Завантаження перервалося",
  "error.upload_aborted.body":
    "З’єднання обірвалося, перш ніж усе надійшло, тому нічого не збережено. Надішліть ще раз.",
  "error.storage_unavailable.title": "Будь ласка, спробуйте пізніше",
  "error.storage_unavailable.body":
    "Сервер зараз не може зберігати матеріали. Нічого з цієї спроби не збережено, а те, що ви надіслали раніше, не постраждало. Спробуйте знову згодом.",
  "error.internal.title": "Щось пішло не так",
  "error.internal.body":
    "На сервері сталася помилка. Нічого з цієї спроби не збережено. Будь ласка, спробуйте пізніше.",
};
