/**
 * Українська (uk). Native review: pending. Register: polite «ви», lowercase as is usual in
 * interfaces. {org} is inserted undeclined after prepositions (з, від); that reads well for
 * foreign or indeclinable names. Counts are ICU plurals (one/few/many/other); after «до»
 * the genitive: до 1 файлу, до 3 файлів, до 21 файлу.
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
  "nav.guide": "Пам’ятка з безпеки",
  "warning.js.title": "JavaScript увімкнено",
  // review: menu path follows Firefox's Ukrainian UI as remembered («Приватність і безпека»); "Safest" label not verified
  "warning.js.body":
    "Задля вашої безпеки вимкніть його: у Tor Browser відкрийте Налаштування → Приватність і безпека → Рівень безпеки та виберіть «Safest» (найбезпечніший). Потім перезавантажте цю сторінку.",
  "warning.browser.title": "Це не Tor Browser",
  // review: "Safest" label not verified, as in footer.nojs
  "warning.browser.body":
    "Інші браузери, навіть у приватному режимі, можуть розкрити, хто ви. Завантажте Tor Browser із torproject.org (якщо сайт заблоковано, у нашій пам’ятці з безпеки сказано, що робити), виберіть у ньому рівень безпеки «Safest» (найбезпечніший) і відкрийте там нашу адресу .onion.",
  "warning.browser.ios":
    "На iPhone чи iPad користуйтеся Onion Browser з рівнем безпеки «Золото» і відкрийте там нашу адресу .onion. Інші браузери можуть розкрити, хто ви.",
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
  "landing.guide": "Перш ніж щось надсилати, прочитайте нашу пам’ятку з безпеки.",
  "landing.blocked":
    "Tor заблоковано там, де ви перебуваєте, або ви користуєтеся телефоном? У нашій пам’ятці з безпеки сказано, що робити.",

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
  "form.message.hint":
    "До {max, plural, one {# символу} few {# символів} many {# символів} other {# символу}}. Розкажіть, що ви надсилаєте і чому це важливо.",
  "form.files": "Файли",
  "form.files.hint":
    "До {maxFiles, plural, one {# файлу} few {# файлів} many {# файлів} other {# файлу}}, до {maxFile} кожен, загалом до {maxTotal}. Файли можуть містити приховані відомості про вас (імена авторів, місця, дані про пристрій): якщо можете, видаліть їх перед надсиланням.",
  "form.send": "Надіслати безпечно",
  "form.send.hint":
    "Через Tor великі файли можуть завантажуватися довго. Не закривайте цю вкладку, доки не побачите підтвердження.",

  "received.title": "Отримано",
  "received.body":
    "Ваші матеріали зашифровано й збережено. Прочитати їх можуть лише призначені отримувачі з {org}.",
  "received.files":
    "{files, plural, one {Отримано # файл.} few {Отримано # файли.} many {Отримано # файлів.} other {Отримано # файлу.}}",
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
  // review: exact =1 reads «Одну з наших відповідей…»; the one case also covers 21, 31…, so it and the others say «# з наших відповідей»; check both read naturally
  "replies.unreadable":
    "{count, plural, =1 {Одну з наших відповідей не вдалося відкрити. Можливо, її пошкоджено; якщо це було важливо, ми надішлемо її ще раз.} one {Не вдалося відкрити # з наших відповідей. Можливо, їх пошкоджено; якщо це було важливо, ми надішлемо їх ще раз.} few {Не вдалося відкрити # з наших відповідей. Можливо, їх пошкоджено; якщо це було важливо, ми надішлемо їх ще раз.} many {Не вдалося відкрити # з наших відповідей. Можливо, їх пошкоджено; якщо це було важливо, ми надішлемо їх ще раз.} other {Не вдалося відкрити # з наших відповідей. Можливо, їх пошкоджено; якщо це було важливо, ми надішлемо їх ще раз.}}",

  "logout.title": "Ви вийшли",
  // review: Tor Browser's Ukrainian label for "New Identity" has been «Нова особистість»; check the current release
  "logout.body":
    "Щоб не залишити слідів у цьому браузері, тепер скористайтеся функцією Tor Browser «Нова особистість» (значок мітли або Ctrl+Shift+U): вона закриє цю вкладку й видалить її дані.",

  "guide.title": "Пам’ятка з безпеки",
  "guide.intro":
    "Ці кроки захистять вас, коли ви звертаєтеся до {org}. Прочитайте їх усі, перш ніж почати: це займе кілька хвилин.",
  "guide.before.title": "Перш ніж зв’язатися з нами",
  "guide.before.device":
    "Користуйтеся пристроєм і мережею, які не пов’язані з вами. Ніколи не користуйтеся робочою чи домашньою мережею, яка перебуває або може перебувати під наглядом; безпечніша громадська мережа, якою ви зазвичай не користуєтеся.",
  // review: «Tor Project» kept as the organization’s name, undeclined; «магазин застосунків» for app store
  "guide.before.tor":
    "Отримуйте Tor Browser лише від Tor Project: з його сайту torproject.org, з його офіційних дзеркал, через його сервіс GetTor або, на телефоні, з офіційного магазину застосунків (див. нижче). Копію, отриману деінде, могли змінити, щоб стежити за вами.",
  // review: "Safest" kept in English as in footer.nojs; use the Ukrainian Tor Browser label once verified
  "guide.before.safest":
    "У Tor Browser відкрийте Налаштування → Приватність і безпека → Рівень безпеки та виберіть «Safest» (найбезпечніший). Наші сторінки працюють на цьому рівні.",
  "guide.before.verify":
    "Перш ніж щось надіслати, перевірте нашу адресу .onion. Вона має збігатися з адресою в нашій підписаній заяві символ у символ: підроблений сайт може виглядати точнісінько як наш, але не може мати нашої адреси.",
  "guide.before.fingerprint":
    "Нашу заяву підписано нашим ключем. Переконайтеся, що відбиток нашого відкритого ключа однаковий усюди, де ми його публікуємо: на нашому сайті, у наших дописах, у наших друкованих матеріалах. Якщо адреса чи відбиток десь відрізняються, не користуйтеся ними.",
  "guide.before.address": "Наша адреса .onion",
  "guide.before.key": "Відбиток нашого відкритого ключа",
  "guide.send.title": "Що надсилати і як видалити метадані",
  "guide.send.what":
    "Надсилайте те, що показує проблему: документи, фотографії та вашу власну розповідь про неї. Поясніть, як ми могли б це перевірити, не називаючи себе.",
  "guide.send.metadata":
    "Файли містять приховані відомості — метадані: ім’я автора, використаний пристрій, дати, а у фотографіях часто й місце зйомки. Якщо можете, видаліть їх перед надсиланням, наприклад за допомогою програми для видалення метаданих або надіславши нову копію, у якій залишився лише вміст.",
  // review: «роблять трохи різними для кожного» renders canary-trap documents; check it reads naturally
  "guide.send.screens":
    "Фотографія чи знімок екрана можуть вас видати: на них може бути видно ваше ім’я, обліковий запис, налаштування або час, а деякі документи роблять трохи різними для кожного, хто їх отримує.",
  "guide.send.printers":
    "Багато кольорових принтерів додають крихітні, майже непомітні жовті точки, у яких записано серійний номер принтера і час друку. Не надсилайте скани чи фотографії сторінок, надрукованих на принтері, який можна пов’язати з вами.",
  "guide.send.retype":
    "Коли можете, передрукуйте важливі уривки замість того, щоб надсилати сам документ: у передрукованих уривках найменше прихованих позначок.",
  "guide.codename.title": "Як зберігати кодове ім’я",
  "guide.codename.paper":
    "Запишіть кодове ім’я на папері від руки. Ніколи не зберігайте його в телефоні, комп’ютері, менеджері паролів чи хмарному сервісі: їхній вміст можуть переглянути, синхронізувати або скопіювати без вашого відома.",
  "guide.codename.keep":
    "Тримайте папір там, куди ніхто, крім вас, не дістанеться, і знищте його, коли він стане не потрібен. Будь-хто, у кого є ваше кодове ім’я, може прочитати наші відповіді вам.",
  "guide.next.title": "Що буде далі",
  "guide.next.read": "Ми читаємо все, що отримуємо.",
  "guide.next.reply":
    "Ми можемо не відповісти або відповісти із запізненням. Щоб перевірити, повертайтеся час від часу, щоразу дотримуючись цієї пам’ятки, і входьте за кодовим ім’ям.",
  "guide.next.accounts":
    "Ніколи не пишіть нам з облікового запису, за яким можна вийти на вас: ні зі своєї електронної пошти, ні зі свого номера телефону, ні зі своїх соцмереж. Користуйтеся лише цією сторінкою.",
  "guide.after.title": "Не залишайте слідів",
  "guide.after.identity":
    "Закінчивши, скористайтеся функцією Tor Browser «Нова особистість» (значок мітли або Ctrl+Shift+U), а потім закрийте Tor Browser.",
  "guide.after.files":
    "Не зберігайте файли від нас на спільному пристрої чи на пристрої, пов’язаному з вами. Читайте наші відповіді тут, а потім видаляйте їх.",

  "guide.risk.title": "Чи безпечно мати Tor?",
  "guide.risk.visible":
    "У деяких місцях неприємності може спричинити вже сама наявність Tor на пристрої або те, що хтось побачить, як ви ним користуєтеся. Той, хто керує вашою мережею, часто може зрозуміти, що ви користуєтеся Tor, але не може дізнатися, які сайти ви відвідуєте. Мости (про них нижче) роблять це менш помітним, але не приховують повністю.",
  "guide.risk.device":
    "Користуйтеся телефоном або комп’ютером, який належить лише вам: не робочим пристроєм і не тим, яким керує чи який перевіряє роботодавець, навчальний заклад або родич. Такі пристрої можуть записувати, що ви на них робите.",
  "guide.risk.search":
    "Не шукайте Tor або нас на пристрої чи в мережі, за якими стежать: сам пошук можуть побачити. Починайте з пристрою і мережі, які не пов’язані з вами.",
  "guide.risk.remove":
    "Закінчивши, ви можете видалити Tor Browser: на телефоні видаліть застосунок; на комп’ютері видаліть теку Tor Browser і завантажений файл, а потім очистьте кошик.",
  "guide.risk.traces":
    "Видалення не стирає всіх слідів. Магазини застосунків зберігають список того, що ви встановлювали, а ретельна перевірка пристрою може виявити й більше. Якщо ваш телефон можуть перевірити, наприклад на блокпосту, подумайте про це, перш ніж щось установлювати.",

  "guide.blocked.title": "Якщо Tor заблоковано",
  "guide.blocked.intro":
    "Якщо Tor Browser не може підключитися, можливо, ваша мережа блокує Tor. Tor Browser може обійти блокування за допомогою мостів: це приховані точки входу, через які ваше з’єднання важче розпізнати. Через мости може працювати повільніше.",
  // review: Tor Browser’s Ukrainian label for “Try a bridge” and its name for Connection Assist not verified; English label kept with a translation
  "guide.blocked.assist":
    "Спершу дайте Tor Browser вибрати самому: якщо підключитися не вдалося, натисніть «Try a bridge» (спробувати міст). Це помічник підключення (Connection Assist): він вибирає міст, який найімовірніше спрацює там, де ви є. Якщо він запитає, виберіть свою країну чи регіон.",
  // review: Tor Browser’s Ukrainian labels not verified: the settings pane «З’єднання» (“Connection”), “Select a Built-In Bridge”, and on Android “Config Bridge”, “Use a Bridge”; English labels kept with a translation
  "guide.blocked.builtin":
    "Якщо це не допомогло, виберіть міст самі й пробуйте один за одним. На комп’ютері: меню (≡) → Налаштування → З’єднання → «Select a Built-In Bridge» (вибрати вбудований міст). На Android: Налаштування → «Config Bridge» (налаштувати міст) → «Use a Bridge» (використовувати міст). Варіанти:",
  "guide.blocked.snowflake":
    "Snowflake: пропускає ваше з’єднання через комп’ютери волонтерів і робить його схожим на відеодзвінок. Часто працює там, де інші мости заблоковано, але може бути повільним.",
  "guide.blocked.obfs4":
    "obfs4: робить ваше з’єднання схожим на випадковий шум. Працює в багатьох місцях, але в деяких країнах вбудовані мости obfs4 заблоковано і потрібні нові (див. нижче).",
  "guide.blocked.meek":
    "meek: робить ваше з’єднання схожим на відвідування великого звичайного сайту. Працює повільно, але його важко заблокувати: пробуйте його, коли інші не працюють.",
  "guide.blocked.webtunnel":
    "WebTunnel: робить ваше з’єднання схожим на звичайне відвідування захищеного сайту. Його немає у вбудованому списку: попросіть мости WebTunnel (див. нижче).",
  // review: Tor Browser’s Ukrainian label for “Request bridges” not verified; English kept with a translation. «Завдання» for the captcha
  "guide.blocked.request":
    "На комп’ютері можна також попросити нові мости просто в Tor Browser: у тих самих налаштуваннях виберіть «Request bridges» (запитати мости), розв’яжіть невелике завдання і підключіться.",
  "guide.blocked.ask":
    "Або попросіть мости в Tor Project: на сайті bridges.torproject.org або, якщо цей сайт заблоковано, так:",
  // review: Telegram’s Ukrainian label for the bot’s “Start” button not verified; English kept with a translation
  "guide.blocked.telegram":
    "Telegram: напишіть {bridgesBot} — це бот Tor Project. Натисніть «Start» (почати), потім попросіть мости obfs4 або WebTunnel і скопіюйте те, що він надішле.",
  "guide.blocked.email":
    "Електронна пошта: напишіть на {bridgesEmail} з адреси Gmail або Riseup (на інші він не відповідає), указавши в тексті листа «get transport obfs4».",
  // review: Tor Browser’s Ukrainian labels for “Add new bridges” (computer) and “Provide a Bridge I know” (Android) not verified; English kept with a translation
  "guide.blocked.paste":
    "Ви отримаєте кілька рядків тексту — це адреси мостів. У Tor Browser виберіть «Add new bridges» (додати нові мости) на комп’ютері або «Provide a Bridge I know» (указати відомий мені міст) на Android і вставте їх, по одному на рядок.",
  "guide.blocked.seen":
    "Telegram, Gmail і Riseup можуть бачити, що ви просили мости. Якщо можете, користуйтеся обліковим записом, оформленим не на ваше ім’я, а потім видаліть ці повідомлення.",
  // review: the example country code is kept as in English («private bridge ru»); the organization may prefer its sources’ own code
  "guide.blocked.help":
    "Якщо ніщо не допомагає, служба підтримки Tor Project може надіслати приватні мости: напишіть на {helpEmail}, указавши в темі «private bridge» і двобуквений код вашої країни (наприклад, «private bridge ru»), або напишіть {helpBot} у Telegram.",

  "guide.get.title": "Якщо не вдається завантажити Tor Browser",
  "guide.get.intro":
    "Якщо сайт torproject.org заблоковано, отримайте Tor Browser від Tor Project іншим способом. Ніколи не встановлюйте копію, яку вам надіслав хтось інший.",
  // review: “Start” as in guide.blocked.telegram; the GetTor bot’s “Send me Tor Browser” button may be shown in Ukrainian once Ukrainian is chosen: check its wording
  "guide.get.telegram":
    "Telegram: напишіть {gettorBot}, натисніть «Start» (почати), виберіть свою мову, потім «Send me Tor Browser» (надішліть мені Tor Browser) і свою систему. Бот надішле сам файл.",
  "guide.get.email":
    "Електронна пошта: напишіть на {gettorEmail}, указавши одне слово і в темі, і в тексті листа: windows, macos, linux або android. У відповіді будуть посилання для завантаження.",
  "guide.get.mirrors": "Офіційні копії сайту Tor Project: {mirror1} і {mirror2}.",
  "guide.get.phone":
    "На телефоні можна також скористатися офіційним магазином застосунків: «Tor Browser» у Google Play або «Onion Browser» в App Store. Остерігайтеся застосунків-підробок зі схожими назвами.",

  "guide.phone.title": "На телефоні",
  "guide.phone.intro":
    "Наші сторінки працюють на телефоні. Відкривайте їх лише в Tor Browser (Android) або Onion Browser (iPhone, iPad), ніколи — у своєму звичайному браузері.",
  // review: Tor Browser for Android’s Ukrainian labels for “Connect” and “Try a bridge” not verified; English kept with a translation
  "guide.phone.android.connect":
    "Android: відкрийте Tor Browser і натисніть «Connect» (підключитися). Якщо не вийде, натисніть «Try a bridge» (спробувати міст) або прочитайте розділ «Якщо Tor заблоковано» вище.",
  // review: menu path on Android as remembered («Приватність і безпека»); “Safest” and “Save and restart” not verified, English kept with a translation
  "guide.phone.android.safest":
    "Потім виберіть найсуворіший рівень: меню (⋮) → Налаштування → Рівень безпеки (у розділі «Приватність і безпека») → «Safest» (найбезпечніший) → «Save and restart» (зберегти й перезапустити). Це вимикає JavaScript.",
  // review: “New Identity” label as in logout.body
  "guide.phone.android.after":
    "У Tor Browser для Android немає кнопки «Нова особистість». Закінчивши, закрийте всі вкладки, а потім повністю закрийте застосунок.",
  "guide.phone.ios.app":
    "iPhone та iPad: для них немає Tor Browser. Користуйтеся Onion Browser — його рекомендує Tor Project. Коли він запропонує, установіть Orbot — безплатний застосунок, з яким він працює, — і користуйтеся ним: це безпечніше, ніж вбудований Tor в Onion Browser.",
  // review: Onion Browser’s Ukrainian “Settings” label assumed to be «Налаштування»
  "guide.phone.ios.gold":
    "Потім виберіть найсуворіший рівень: Налаштування → «Безпека за замовчуванням» → «Золото». Рівень «Золото» вимикає JavaScript.",
  // review: Orbot’s Ukrainian labels for “Built-in Bridges (obfs4)” and “Custom Bridges” not verified; English kept with a translation
  "guide.phone.ios.bridges":
    "Якщо Orbot не може підключитися, відкрийте Orbot і виберіть інший спосіб підключення, наприклад Snowflake або «Built-in Bridges (obfs4)» (вбудовані мости obfs4), або вставте отримані мости в розділі «Custom Bridges» (власні мости).",
  "guide.phone.ios.limits":
    "Apple змушує всі браузери на iPhone використовувати свій рушій, тому Onion Browser не може захистити вас так повно, як Tor Browser. Якщо є вибір, користуйтеся Tor Browser на комп’ютері або на Android.",
  // review: Onion Browser’s Ukrainian label for the home-screen shortcut “Clear Data” not verified; English kept with a translation
  "guide.phone.ios.after":
    "Закінчивши, натисніть і утримуйте значок Onion Browser та виберіть «Clear Data» (очистити дані).",
  "guide.phone.codename":
    "На телефоні можна вводити лише перші чотири літери кожного слова кодового імені.",

  "guide.links.title": "Ніколи не відкривайте нашу адресу всередині застосунку",
  "guide.links.inapp":
    "Якщо ви бачите нашу адресу в Telegram, Instagram, Facebook або X, не натискайте на неї. Ці застосунки відкривають посилання у своєму вбудованому браузері: він не вміє відкривати адреси .onion, може розкрити цю адресу вашій мережі й дає застосунку змогу стежити за тим, що ви робите на сторінці.",
  "guide.links.copy":
    "Натомість натисніть і утримуйте адресу та виберіть «Копіювати». Відкрийте Tor Browser або Onion Browser, вставте її в адресний рядок і перевірте, що вона точно збігається з нашою адресою.",
  "guide.links.qr":
    "Те саме стосується нашого QR-коду: коли камера запропонує відкрити посилання, виберіть натомість «Копіювати» і вставте його в Tor Browser або Onion Browser.",

  "kit.title": "Як безпечно зв’язатися з {org}",
  "kit.step1":
    "Завантажте Tor Browser (комп’ютер, Android) або Onion Browser (iPhone) з офіційного джерела.",
  // review: "Safest" label as in footer.nojs
  "kit.step2":
    "Виберіть найсуворіший рівень: «Safest» (найбезпечніший) у Tor Browser, «Золото» в Onion Browser.",
  "kit.step3": "Відкрийте нашу адресу .onion: {address}",
  "kit.step4": "Натисніть «Надіслати нам щось уперше» і запишіть кодове ім’я на папері.",
  "kit.step5": "Згодом поверніться з кодовим ім’ям, щоб прочитати нашу відповідь.",
  "kit.address_label": "Наша адреса .onion",
  "kit.verify": "Звірте цю адресу з нашою підписаною заявою. Відбиток ключа: {fingerprint}",
  "kit.scan": "Відскануйте, щоб скопіювати адресу",
  // review: {org} undeclined in the dative; a native reader may prefer a rephrase
  "kit.video_intro":
    "Ви знаєте щось, що варто знати {org}? Ось як безпечно повідомити нам про це, не розкриваючи, хто ви.",
  "kit.video_outro":
    "Ми читаємо все. Ніколи не пишіть нам з облікового запису, пов’язаного з вами.",
  "kit.inapp":
    "Не натискайте на нашу адресу в Telegram, Instagram, Facebook або X: скопіюйте її та вставте в Tor Browser.",
  "kit.blocked.title": "Tor заблоковано?",
  // review: “Try a bridge” as in guide.blocked.assist
  "kit.blocked":
    "У Tor Browser натисніть «Try a bridge» (спробувати міст) або виберіть Snowflake, obfs4 чи meek у налаштуваннях з’єднання.",
  "kit.blocked.ask":
    "Нові мости: Telegram {bridgesBot} · пошта {bridgesEmail} (лише з Gmail або Riseup)",
  "kit.get":
    "Сайт torproject.org заблоковано? Telegram {gettorBot} · пошта {gettorEmail} · {mirror1} · {mirror2}",
  // review: "Safest" label not verified, as in footer.nojs
  "kit.phone":
    "На телефоні: Tor Browser на Android (рівень «Safest»), Onion Browser на iPhone (рівень «Золото»).",
  "kit.risk":
    "У деяких місцях мати Tor ризиковано. Користуйтеся пристроєм, який належить лише вам, і ніколи — робочим.",
  // review: “Try a bridge” as in guide.blocked.assist
  "kit.video_blocked":
    "Tor заблоковано? Натисніть «Try a bridge» (спробувати міст). Нові мости в Telegram: {bridgesBot}",

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
  "error.codename_page_expired.title": "Термін дії сторінки з кодовим іменем минув",
  "error.codename_page_expired.body":
    "Задля вашої безпеки продовжити з новим кодовим іменем треба з його сторінки протягом години й у тому самому браузері. Нічого не збережено. Отримайте нове кодове ім’я і продовжте з його сторінки.",
  "error.too_many_new_sources.title": "Зараз забагато нових джерел",
  "error.too_many_new_sources.body":
    "Зараз одночасно починає багато людей, тож ми сповільнюємося. Нічого не збережено, а показане вам кодове ім’я не використано. Зачекайте хвилину й отримайте нове кодове ім’я.",
  "error.form_rejected.title": "Форму не вдалося прийняти",
  "error.form_rejected.body":
    "Було заповнено поле, якого люди ніколи не бачать, — так роблять автоматичні програми. Нічого не збережено. Якщо ви людина, перезавантажте сторінку й надішліть ще раз.",
  "error.form_too_large.title": "Форма завелика",
  "error.form_too_large.body":
    "Нічого не змінено. Поверніться назад, перезавантажте сторінку й спробуйте знову.",
  "error.empty_submission.title": "Нічого надсилати",
  "error.empty_submission.body":
    "Напишіть повідомлення або виберіть принаймні один файл, а потім надішліть ще раз.",
  "error.message_too_long.title": "Повідомлення задовге",
  "error.message_too_long.body":
    "Повідомлення може містити до {max, plural, one {# символу} few {# символів} many {# символів} other {# символу}}. Скоротіть його або покладіть текст у файл і прикріпіть його. Нічого не надіслано.",
  "error.file_too_large.title": "Файл завеликий",
  "error.file_too_large.body":
    "Розмір кожного файлу — не більше ніж {maxFile}. Розділіть його на менші частини або надішліть у кілька прийомів. Нічого не надіслано.",
  "error.submission_too_large.title": "Забагато за один раз",
  "error.submission_too_large.body":
    "Загальний розмір одного надсилання — не більше ніж {maxTotal}. Надішліть файли в кілька прийомів. Нічого не надіслано.",
  "error.too_many_files.title": "Забагато файлів",
  "error.too_many_files.body":
    "За один раз можна надіслати до {maxFiles, plural, one {# файлу} few {# файлів} many {# файлів} other {# файлу}}. Запакуйте їх в архів або надішліть у кілька прийомів. Нічого не надіслано.",
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
