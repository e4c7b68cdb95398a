/**
 * Türkçe (tr). Native review: pending. Register: siz (-in/-ın imperatives).
 * {org} is never given a case suffix (which would depend on how the name is read);
 * sentences use "{org} ile", "{org} bünyesinde", "{org} adına" instead.
 * Tor Browser labels follow its Turkish localization as last verified ("En Güvenli").
 * A noun after a number stays singular, so the ICU plural cases (one, other) read the same.
 */
import type { Messages } from "./en.ts";

export const tr: Messages = {
  "meta.title": "{org} — güvenli iletişim",
  "meta.language": "Dil",
  "nav.home": "Başlangıç sayfası",
  "footer.nojs":
    "Bu sayfalar JavaScript kapalıyken çalışır. Tor Browser’da “En Güvenli” güvenlik düzeyini seçin.",
  "footer.logout": "Oturumu kapat",
  "nav.quickexit": "Hızlı çıkış",
  "nav.guide": "Güvenlik rehberi",
  "warning.js.title": "JavaScript açık",
  // review: menu path follows Firefox's Turkish UI (Ayarlar → Gizlilik ve Güvenlik); check against the current Tor Browser
  "warning.js.body":
    "Güvenliğiniz için JavaScript’i kapatın: Tor Browser’da Ayarlar → Gizlilik ve Güvenlik → Güvenlik Düzeyi bölümünü açın ve “En Güvenli” seçeneğini seçin. Ardından bu sayfayı yeniden yükleyin.",
  "warning.browser.title": "Bu tarayıcı Tor Browser değil",
  "warning.browser.body":
    "Diğer tarayıcılar gizli modda bile kim olduğunuzu ortaya çıkarabilir. Tor Browser’ı torproject.org adresinden indirin (site engellenmişse ne yapacağınızı güvenlik rehberimizde bulabilirsiniz), güvenlik düzeyini “En Güvenli” olarak ayarlayın ve .onion adresimizi orada açın.",
  "warning.browser.ios":
    "iPhone veya iPad’de, güvenlik düzeyi “Altın” olarak ayarlanmış Onion Browser’ı kullanın ve .onion adresimizi orada açın. Diğer tarayıcılar kim olduğunuzu ortaya çıkarabilir.",
  "warning.onion.title": "Şu anda onion adresimizi kullanmıyorsunuz",
  "warning.onion.body":
    "Bu sayfayı Tor Browser’da .onion adresimizden açın. Bu adresi, yayımladığımız imzalı açıklamayla karşılaştırarak doğrulayabilirsiniz. Bize başka yollardan ulaşmak kim olduğunuzu ortaya çıkarabilir.",
  "warning.tor2web.title": "Bu bağlantı anonim değil",
  "warning.tor2web.body":
    "Bize, kim olduğunuzu ve ne gönderdiğinizi görebilen bir web vekil sunucusu (proxy) üzerinden ulaşıyorsunuz. Bu sayfayı kapatın ve .onion adresimizi bunun yerine Tor Browser’da açın.",

  "landing.title": "{org} ile güvenle iletişim kurun",
  "landing.intro":
    "Burada, kim olduğunuzu söylemeden bize mesaj ve dosya gönderebilirsiniz. Gönderdiğiniz her şey, saklanmadan önce bu sunucuda şifrelenir ve yalnızca {org} bünyesinde bunları almak üzere belirlenmiş kişiler okuyabilir.",
  "landing.start": "Bize ilk kez bir şey gönderin",
  "landing.start.hint":
    "Size bir kod adı vereceğiz. Bu kod adıyla geri dönüp daha fazlasını gönderebilir ve yanıtlarımızı okuyabilirsiniz.",
  "landing.returning": "Zaten bir kod adım var",
  "landing.returning.hint": "Daha fazlasını göndermek için kod adınızla giriş yapın.",
  "landing.guide": "Bir şey göndermeden önce güvenlik rehberimizi okuyun.",
  "landing.blocked":
    "Bulunduğunuz yerde Tor engelleniyor mu, ya da telefon mu kullanıyorsunuz? Ne yapacağınızı güvenlik rehberimizde bulabilirsiniz.",

  "codename.title": "Kod adınız",
  "codename.intro":
    "Bu sizin kod adınız. Bu konuşmaya geri dönmenin tek yolu budur. Onu size tekrar gösteremeyiz ve sizin için kurtaramayız.",
  "codename.keep.title": "Güvenli bir yerde saklayın",
  "codename.keep.1": "Kâğıda yazın ya da ezberleyin. Sizinle bağlantılı bir cihaza kaydetmeyin.",
  "codename.keep.2":
    "Kimseyle paylaşmayın: ona sahip olan herkes size gönderdiğimiz yanıtları okuyabilir.",
  "codename.keep.3": "{org} adına hiç kimse bunu sizden asla istemeyecektir.",
  "codename.continue": "Not ettim — devam",

  "form.title": "Mesaj veya dosya gönderin",
  "form.channel": "Bunu kim almalı?",
  "form.message": "Mesajınız",
  "form.message.hint":
    "En fazla {max, plural, one {# karakter} other {# karakter}}. Ne gönderdiğinizi ve bunun neden önemli olduğunu anlatın.",
  "form.files": "Dosyalar",
  "form.files.hint":
    "En fazla {maxFiles, plural, one {# dosya} other {# dosya}}; her biri en fazla {maxFile}, toplamda en fazla {maxTotal}. Dosyalar sizinle ilgili gizli bilgiler taşıyabilir (yazar adları, konumlar, cihaz bilgileri): mümkünse göndermeden önce bunları silin.",
  "form.send": "Güvenle gönder",
  "form.send.hint":
    "Büyük dosyaların Tor üzerinden gönderilmesi uzun sürebilir. Onay mesajını görene kadar bu sekmeyi açık tutun.",

  "received.title": "Alındı",
  "received.body":
    "Gönderiniz şifrelendi ve saklandı. Yalnızca {org} bünyesindeki belirlenmiş alıcılar onu okuyabilir.",
  "received.files": "{files, plural, one {# dosya alındı.} other {# dosya alındı.}}",
  "received.next":
    "Aldığımız her şeyi okuyoruz, ancak yanıt vermeyebilir ya da geç yanıt verebiliriz. Yanıt olup olmadığını görmek için kod adınızla geri gelin.",
  "received.more": "Başka bir şey gönder",

  "login.title": "Kod adınızla giriş yapın",
  "login.codename": "Kod adınız",
  // review: English "Any language we gave it to you in works" read as: type it in the language it was given in, whichever that was
  "login.hint":
    "Not ettiğiniz sözcükleri, aralarında boşluk bırakarak yazın. Kod adını size hangi dilde verdiysek o dilde yazabilirsiniz.",
  "login.submit": "Devam",

  "source.title": "Tekrar hoş geldiniz",
  "source.replies": "Henüz size gelen bir yanıt yok.",
  "replies.title": "{org} tarafından gönderilen yanıtlar",
  "replies.hint": "Her yanıtı okuduktan sonra silin. Silinen bir yanıt kalıcı olarak yok olur.",
  "replies.meta": "{day} tarihinde gönderildi",
  "replies.delete": "Okudum — sil",
  // review: «önemliyse» (if it is important) for "if it mattered"; the literal past «önemli idiyse» reads stiffly
  "replies.unreadable":
    "{count, plural, one {Yanıtlarımızdan biri açılamadı. Bozulmuş olabilir; önemliyse size tekrar göndereceğiz.} other {Yanıtlarımızdan # tanesi açılamadı. Bozulmuş olabilirler; önemliyse size tekrar göndereceğiz.}}",

  "logout.title": "Oturumunuz kapatıldı",
  // review: Tor Browser's Turkish label for "New Identity" has been both “Yeni Kimlik” and “Kimliği yenile”; check the current release
  "logout.body":
    "Bu tarayıcıda iz bırakmamak için şimdi Tor Browser’ın “Yeni Kimlik” özelliğini kullanın (süpürge simgesi ya da Ctrl+Shift+U). Bu özellik bu sekmeyi kapatır ve verilerini temizler.",

  "guide.title": "Güvenlik rehberi",
  "guide.intro":
    "Bu adımlar, {org} ile iletişim kurarken sizi korur. Başlamadan önce hepsini okuyun: yalnızca birkaç dakika sürer.",
  "guide.before.title": "Bizimle iletişime geçmeden önce",
  "guide.before.device":
    "Sizinle bağlantılı olmayan bir cihaz ve ağ kullanın. İzlenen ya da izleniyor olabilecek bir iş veya ev ağını asla kullanmayın; genellikle kullanmadığınız halka açık bir ağ daha güvenlidir.",
  "guide.before.tor":
    "Tor Browser’ı yalnızca Tor Projesi’nden edinin: torproject.org sitesinden, resmî yansı (mirror) sitelerinden, GetTor hizmetinden ya da telefonda resmî uygulama mağazasından (aşağıya bakın). Başka bir yerden alınan bir kopya, sizi gözetlemek için değiştirilmiş olabilir.",
  "guide.before.safest":
    "Tor Browser’da Ayarlar → Gizlilik ve Güvenlik → Güvenlik Düzeyi bölümünü açın ve “En Güvenli” seçeneğini seçin. Sayfalarımız bu düzeyde çalışır.",
  "guide.before.verify":
    "Bir şey göndermeden önce .onion adresimizi kontrol edin. Adres, imzalı açıklamamızdaki adresle karakteri karakterine aynı olmalıdır: sahte bir site bizimkinin tıpatıp aynısı gibi görünebilir, ama bizim adresimize sahip olamaz.",
  "guide.before.fingerprint":
    "Açıklamamız anahtarımızla imzalanmıştır. Açık anahtarımızın parmak izinin, onu yayımladığımız her yerde aynı olduğunu kontrol edin: web sitemizde, paylaşımlarımızda, basılı materyallerimizde. Bir adres ya da parmak izi herhangi bir yerde farklıysa onu kullanmayın.",
  "guide.before.address": ".onion adresimiz",
  "guide.before.key": "Açık anahtarımızın parmak izi",
  "guide.send.title": "Ne gönderilmeli, üst veriler nasıl silinir",
  "guide.send.what":
    "Sorunu gösteren şeyleri gönderin: belgeler, fotoğraflar ve olanları kendi anlatımınız. Kim olduğunuzu söylemeden, bunu nasıl doğrulayabileceğimizi açıklayın.",
  // review: «üst veri» for metadata, with «metadata» in parentheses; check which readers know
  "guide.send.metadata":
    "Dosyalar, üst veri (metadata) denen gizli bilgiler taşır: yazarın adı, kullanılan cihaz, tarihler ve fotoğraflarda çoğu zaman çekildikleri yer. Mümkünse göndermeden önce bunları silin; örneğin bir üst veri temizleme aracıyla ya da yalnızca içeriği koruyan yeni bir kopya göndererek.",
  "guide.send.screens":
    "Bir ekranın fotoğrafı ya da ekran görüntüsü kimliğinizi ortaya çıkarabilir: adınızı, hesabınızı, ayarlarınızı ya da saati gösterebilir; ayrıca bazı belgeler, onu alan her kişi için hafifçe farklı hazırlanır.",
  "guide.send.printers":
    "Pek çok renkli yazıcı, yazıcının seri numarasını ve yazdırma zamanını kaydeden, neredeyse görünmez küçük sarı noktalar ekler. Sizinle ilişkilendirilebilecek bir yazıcıda basılmış sayfaların taramalarını ya da fotoğraflarını göndermeyin.",
  "guide.send.retype":
    "Mümkün olduğunda belgenin kendisini göndermek yerine önemli bölümleri yeniden yazın: yeniden yazılmış alıntılar en az gizli iz taşır.",
  "guide.codename.title": "Kod adınızı nasıl saklamalısınız",
  "guide.codename.paper":
    "Kod adınızı elle kâğıda yazın. Onu asla bir telefonda, bilgisayarda, parola yöneticisinde ya da bulut hizmetinde saklamayın: bunların içeriği siz fark etmeden aranabilir, eşitlenebilir ya da yedeklenebilir.",
  "guide.codename.keep":
    "Kâğıdı yalnızca sizin ulaşabileceğiniz bir yerde saklayın ve artık gerekmediğinde yok edin. Kod adınıza sahip olan herkes size gönderdiğimiz yanıtları okuyabilir.",
  "guide.next.title": "Sonra ne olur",
  "guide.next.read": "Aldığımız her şeyi okuyoruz.",
  "guide.next.reply":
    "Yanıt vermeyebilir ya da geç yanıt verebiliriz. Kontrol etmek için ara sıra, her seferinde bu rehberi yeniden izleyerek geri gelin ve kod adınızla giriş yapın.",
  "guide.next.accounts":
    "Bizimle asla sizinle ilişkilendirilebilecek bir hesaptan iletişime geçmeyin: ne e-postanızdan ne telefon numaranızdan ne de sosyal medya hesaplarınızdan. Yalnızca bu sayfayı kullanın.",
  "guide.after.title": "Sonrasında iz bırakmayın",
  "guide.after.identity":
    "İşiniz bittiğinde Tor Browser’ın “Yeni Kimlik” özelliğini kullanın (süpürge simgesi ya da Ctrl+Shift+U), ardından Tor Browser’ı kapatın.",
  "guide.after.files":
    "Bizden gelen dosyaları ortak kullanılan bir cihaza ya da sizinle bağlantılı bir cihaza kaydetmeyin. Yanıtlarımızı burada okuyun, sonra silin.",

  "guide.risk.title": "Tor bulundurmak güvenli mi?",
  "guide.risk.visible":
    "Bazı yerlerde bir cihazda Tor bulunması ya da Tor kullanırken görülmek tek başına başınızı derde sokabilir. Ağınızı yöneten kişi ya da kurum çoğu zaman Tor kullandığınızı anlayabilir, ama hangi sitelere girdiğinizi göremez. Köprüler (aşağıda) bunu görmeyi zorlaştırır, ama imkânsız kılmaz.",
  "guide.risk.device":
    "Yalnızca size ait bir telefon ya da bilgisayar kullanın: iş cihazı kullanmayın; bir işverenin, okulun ya da bir akrabanın yönettiği veya denetlediği bir cihaz da kullanmayın. Böyle cihazlar, üzerlerinde yaptıklarınızı kaydedebilir.",
  "guide.risk.search":
    "İzlenen bir cihazda ya da ağda, arama motorunda Tor’u veya adımızı aramayın: aramanın kendisi görülebilir. Sizinle bağlantılı olmayan bir cihaz ve ağdan başlayın.",
  "guide.risk.remove":
    "İşiniz bittiğinde Tor Browser’ı kaldırabilirsiniz: telefonda uygulamayı kaldırın; bilgisayarda Tor Browser klasörünü ve indirdiğiniz dosyayı silin, ardından çöp kutusunu boşaltın.",
  "guide.risk.traces":
    "Kaldırmak her izi silmez. Uygulama mağazaları yüklediğiniz uygulamaların listesini tutar ve yakından incelenen bir cihaz daha fazlasını ortaya çıkarabilir. Telefonunuz, örneğin bir kontrol noktasında, incelenebilecekse herhangi bir şey yüklemeden önce bunu düşünün.",

  "guide.blocked.title": "Tor engellenmişse",
  "guide.blocked.intro":
    "Tor Browser bağlanamıyorsa ağınız Tor’u engelliyor olabilir. Tor Browser bu engeli köprülerle aşabilir: köprüler, bağlantınızın tanınmasını zorlaştıran gizli giriş noktalarıdır. Daha yavaş olabilirler.",
  // review: Tor Browser’s Turkish labels are not verified here: check the button “Try a bridge” (kept in English, with a translation)
  "guide.blocked.assist":
    "Önce seçimi Tor Browser’a bırakın: bağlantı kurulamadığında “Try a bridge” (Köprü dene) düğmesine basın. Bu, Tor Browser’ın bağlantı yardımcısıdır: bulunduğunuz yerde çalışma olasılığı en yüksek köprüyü seçer. Sorarsa ülkenizi ya da bölgenizi seçin.",
  // review: Tor Browser’s Turkish labels are not verified here: check “Select a Built-In Bridge” (desktop), “Config Bridge” and “Use a Bridge” (Android), kept in English with a translation; «Ayarlar → Bağlantı» assumed for the settings pane
  "guide.blocked.builtin":
    "Bu da işe yaramazsa bir köprüyü kendiniz seçin ve köprüleri sırayla deneyin. Bilgisayarda: menü (≡) → Ayarlar → Bağlantı → “Select a Built-In Bridge” (Yerleşik bir köprü seçin). Android’de: Ayarlar → “Config Bridge” (Köprü yapılandır) → “Use a Bridge” (Köprü kullan). Seçenekler:",
  "guide.blocked.snowflake":
    "Snowflake: bağlantınızı gönüllülerin bilgisayarlarından geçirir ve görüntülü görüşme gibi gösterir. Diğerlerinin engellendiği yerlerde çoğu zaman çalışır, ama yavaş olabilir.",
  "guide.blocked.obfs4":
    "obfs4: bağlantınızı rastgele gürültü gibi gösterir. Birçok yerde çalışır, ama bazı ülkelerde yerleşik obfs4 köprüleri engellenmiştir ve yenilerine ihtiyacınız olur (aşağıya bakın).",
  "guide.blocked.meek":
    "meek: bağlantınızı büyük, sıradan bir web sitesine yapılan bir ziyaret gibi gösterir. Yavaştır ama engellenmesi zordur: diğerleri işe yaramadığında deneyin.",
  "guide.blocked.webtunnel":
    "WebTunnel: bağlantınızı güvenli bir web sitesine yapılan normal bir ziyaret gibi gösterir. Yerleşik listede yoktur: WebTunnel köprüleri isteyin (aşağıda).",
  // review: Tor Browser’s Turkish labels are not verified here: check “Request bridges” (kept in English, with a translation)
  "guide.blocked.request":
    "Bilgisayarda yeni köprüleri Tor Browser’ın içinden de isteyebilirsiniz: aynı ayarlarda “Request bridges” (Köprü iste) seçeneğini seçin, çıkan küçük doğrulama sorusunu çözün ve bağlanın.",
  "guide.blocked.ask":
    "Ya da köprüleri Tor Projesi’nden isteyin: bridges.torproject.org adresinden ya da bu site engellenmişse şu yollarla:",
  // review: “Başlat” assumed to be the Turkish Telegram label of the bot’s “Start” button
  "guide.blocked.telegram":
    "Telegram: Tor Projesi’nin botu olan {bridgesBot} hesabına yazın. “Başlat” düğmesine basın, ardından obfs4 ya da WebTunnel köprüleri isteyin ve botun gönderdiğini kopyalayın.",
  "guide.blocked.email":
    "E-posta: Gmail ya da Riseup adresinizden {bridgesEmail} adresine, mesaj olarak “get transport obfs4” yazarak e-posta gönderin (başka adreslere yanıt vermez).",
  // review: Tor Browser’s Turkish labels are not verified here: check “Add new bridges” (desktop) and “Provide a Bridge I know” (Android), kept in English with a translation
  "guide.blocked.paste":
    "Birkaç satır metin alacaksınız: bunlar köprü adresleridir. Tor Browser’da, bilgisayarda “Add new bridges” (Yeni köprü ekle), Android’de “Provide a Bridge I know” (Bildiğim bir köprüyü gir) seçeneğini seçin ve adresleri her satıra bir tane gelecek şekilde yapıştırın.",
  "guide.blocked.seen":
    "Telegram, Gmail ve Riseup köprü istediğinizi görebilir. Mümkünse adınıza kayıtlı olmayan bir hesap kullanın ve ardından mesajları silin.",
  "guide.blocked.help":
    "Hiçbiri işe yaramazsa Tor Projesi’nin yardım masası size özel köprüler gönderebilir: {helpEmail} adresine, konu olarak “private bridge” ve ülkenizin iki harfli kodunu yazarak (örneğin “private bridge ru”) e-posta gönderin ya da Telegram’da {helpBot} hesabına yazın.",

  "guide.get.title": "Tor Browser’ı indiremiyorsanız",
  "guide.get.intro":
    "torproject.org engellenmişse Tor Browser’ı Tor Projesi’nden başka bir yolla edinin. Başka birinin size gönderdiği bir kopyayı asla yüklemeyin.",
  // review: the GetTor bot’s “Send me Tor Browser” button is kept in English with a translation: check whether the bot shows it in Turkish once Turkish is chosen
  "guide.get.telegram":
    "Telegram: {gettorBot} hesabına yazın, “Başlat” düğmesine basın, dilinizi seçin, ardından “Send me Tor Browser” (Bana Tor Browser gönder) seçeneğini ve sisteminizi seçin. Bot dosyanın kendisini gönderir.",
  "guide.get.email":
    "E-posta: {gettorEmail} adresine, hem konu hem mesaj olarak tek bir sözcük yazarak e-posta gönderin: windows, macos, linux ya da android. Yanıtta indirme bağlantıları bulunur.",
  "guide.get.mirrors": "Tor Projesi web sitesinin resmî kopyaları: {mirror1} ve {mirror2}.",
  "guide.get.phone":
    "Telefonda resmî uygulama mağazasını da kullanabilirsiniz: Google Play’de “Tor Browser”, App Store’da “Onion Browser”. Benzer adlı taklit uygulamalara dikkat edin.",

  "guide.phone.title": "Telefonda",
  "guide.phone.intro":
    "Sayfalarımız telefonda da çalışır. Onları yalnızca Tor Browser’da (Android) ya da Onion Browser’da (iPhone, iPad) açın, asla her zamanki tarayıcınızda açmayın.",
  // review: Tor Browser for Android’s Turkish labels are not verified here: check “Connect” and “Try a bridge”, kept in English with a translation
  "guide.phone.android.connect":
    "Android: Tor Browser’ı açın ve “Connect” (Bağlan) düğmesine basın. Bağlanamazsa “Try a bridge” (Köprü dene) düğmesine basın ya da yukarıdaki “Tor engellenmişse” bölümüne bakın.",
  // review: Tor Browser for Android’s Turkish labels are not verified here: check “Save and restart” (kept in English) and “Gizlilik ve Güvenlik”, taken from the desktop path
  "guide.phone.android.safest":
    "Ardından en sıkı düzeyi seçin: menü (⋮) → Ayarlar → Güvenlik Düzeyi (“Gizlilik ve Güvenlik” altında) → “En Güvenli” → “Save and restart” (Kaydet ve yeniden başlat). Bu, JavaScript’i kapatır.",
  "guide.phone.android.after":
    "Android için Tor Browser’da “Yeni Kimlik” düğmesi yoktur. İşiniz bittiğinde tüm sekmeleri kapatın, ardından uygulamayı tamamen kapatın.",
  "guide.phone.ios.app":
    "iPhone ve iPad: Tor Browser yoktur. Tor Projesi’nin önerdiği Onion Browser’ı kullanın. Sorduğunda, birlikte çalıştığı ücretsiz bir uygulama olan Orbot’u yükleyin ve kullanın: bu, Onion Browser’ın yerleşik Tor’undan daha güvenlidir.",
  "guide.phone.ios.gold":
    "Ardından en sıkı düzeyi seçin: Ayarlar → Varsayılan güvenlik → “Altın”. “Altın” düzeyi JavaScript’i kapatır.",
  // review: Orbot for iPhone has no Turkish translation (orbot-apple Shared/*.lproj), so its labels stay in English with a translation; check again if one appears
  "guide.phone.ios.bridges":
    "Orbot bağlanamazsa Orbot’u açın ve başka bir bağlanma yolu seçin, örneğin Snowflake ya da “Built-in Bridges (obfs4)” (Yerleşik köprüler), ya da istediğiniz köprüleri “Custom Bridges” (Özel köprüler) bölümüne yapıştırın.",
  "guide.phone.ios.limits":
    "Apple, iPhone’daki her tarayıcıyı kendi motorunu kullanmaya zorlar; bu yüzden Onion Browser sizi Tor Browser kadar iyi koruyamaz. Seçme imkânınız varsa Tor Browser’ı bilgisayarda ya da Android’de kullanın.",
  "guide.phone.ios.after":
    "İşiniz bittiğinde Onion Browser simgesine basılı tutun ve “Verileri temizle” seçeneğini seçin.",
  "guide.phone.codename":
    "Telefonda, kod adınızdaki her sözcüğün yalnızca ilk dört harfini yazabilirsiniz.",

  "guide.links.title": "Adresimizi asla bir uygulamanın içinde açmayın",
  "guide.links.inapp":
    "Adresimizi Telegram, Instagram, Facebook ya da X’te görürseniz ona dokunmayın. Bu uygulamalar bağlantıları kendi yerleşik tarayıcılarında açar: bu tarayıcı .onion adreslerini açamaz, adresi ağınıza açık edebilir ve uygulamanın sayfada ne yaptığınızı izlemesine izin verir.",
  "guide.links.copy":
    "Bunun yerine adrese basılı tutun ve “Kopyala”yı seçin. Tor Browser’ı ya da Onion Browser’ı açın, adresi adres çubuğuna yapıştırın ve adresimizle tıpatıp aynı olduğunu kontrol edin.",
  "guide.links.qr":
    "QR kodumuz için de aynısı geçerli: kameranız bağlantıyı açmayı önerdiğinde bunun yerine “Kopyala”yı seçin ve adresi Tor Browser’a ya da Onion Browser’a yapıştırın.",

  // review: {org} stays without a case suffix (see the header); «iletişim kurma yolu» chosen over a question form
  "kit.title": "{org} ile güvenli şekilde iletişim kurma yolu",
  "kit.step1":
    "Tor Browser’ı (bilgisayar, Android) ya da Onion Browser’ı (iPhone) resmî bir kaynaktan edinin.",
  "kit.step2": "En sıkı düzeyi seçin: Tor Browser’da “En Güvenli”, Onion Browser’da “Altın”.",
  "kit.step3": ".onion adresimizi açın: {address}",
  "kit.step4": "“Bize ilk kez bir şey gönderin” düğmesine basın ve kod adını kâğıda yazın.",
  "kit.step5": "Yanıtımızı okumak için daha sonra kod adınızla geri gelin.",
  "kit.address_label": ".onion adresimiz",
  "kit.verify": "Bu adresi imzalı açıklamamızla karşılaştırın. Anahtar parmak izi: {fingerprint}",
  "kit.scan": "Adresi kopyalamak için tarayın",
  // review: rephrased around «{org} ile paylaşmak» to avoid a suffix on {org}
  "kit.video_intro":
    "Bildiğiniz önemli bir şeyi {org} ile paylaşmak mı istiyorsunuz? Kim olduğunuzu açığa çıkarmadan bunu bize nasıl güvenle anlatabileceğinizi gösteriyoruz.",
  "kit.video_outro":
    "Her şeyi okuyoruz. Bizimle asla sizinle bağlantılı bir hesaptan iletişime geçmeyin.",
  "kit.inapp":
    "Telegram, Instagram, Facebook ya da X’te adresimize dokunmayın: kopyalayın ve Tor Browser’a yapıştırın.",
  "kit.blocked.title": "Tor engelli mi?",
  // review: “Try a bridge” kept in English with a translation, as in guide.blocked.assist
  "kit.blocked":
    "Tor Browser’da “Try a bridge” (Köprü dene) düğmesine basın ya da bağlantı ayarlarından Snowflake, obfs4 veya meek’i seçin.",
  "kit.blocked.ask":
    "Yeni köprüler: Telegram {bridgesBot} · e-posta {bridgesEmail} (yalnızca Gmail veya Riseup adresinden)",
  "kit.get":
    "torproject.org engelli mi? Telegram {gettorBot} · e-posta {gettorEmail} · {mirror1} · {mirror2}",
  "kit.phone":
    "Telefonda: Android’de Tor Browser (“En Güvenli”), iPhone’da Onion Browser (“Altın”).",
  "kit.risk":
    "Tor bulundurmak bazı yerlerde riskli olabilir. Yalnızca size ait bir cihaz kullanın, asla iş cihazı kullanmayın.",
  // review: “Try a bridge” kept in English with a translation, as in guide.blocked.assist
  "kit.video_blocked":
    "Tor engelli mi? “Try a bridge” (Köprü dene) düğmesine basın. Telegram’da yeni köprüler: {bridgesBot}",

  "error.back": "Geri dönüp yeniden deneyin",
  "error.code": "Hata kodu: {code}",
  "error.not_found.title": "Sayfa bulunamadı",
  "error.not_found.body": "Bu sayfa yok. Adresi kontrol edin ya da başlangıç sayfasına dönün.",
  "error.method_not_allowed.title": "İzin verilmiyor",
  "error.method_not_allowed.body": "Bu sayfa bu şekilde kullanılamaz. Başlangıç sayfasına dönün.",
  "error.unsupported_media_type.title": "Form doğru gönderilmedi",
  "error.unsupported_media_type.body":
    "Tarayıcınız formu kabul etmediğimiz bir biçimde gönderdi. Sayfayı yeniden yükleyip tekrar deneyin.",
  "error.session_expired.title": "Oturumunuz sona erdi",
  "error.session_expired.body":
    "Güvenliğiniz için oturumlar bir süre sonra sona erer. Daha önce gönderdiğiniz hiçbir şey kaybolmadı. Kod adınızla yeniden giriş yapın ya da kod adınız yoksa baştan başlayın.",
  "error.csrf_invalid.title": "Bu formun süresi doldu",
  "error.csrf_invalid.body":
    "Form çok uzun süre açık kaldı ya da başka bir sayfadan geldi. Hiçbir şey gönderilmedi. Sayfayı yeniden yükleyip tekrar gönderin.",
  "error.codename_empty.title": "Kod adınızı girin",
  "error.codename_empty.body": "Kod adı alanı boştu. Not ettiğiniz sözcükleri yazın.",
  "error.codename_too_long.title": "Bu, bir kod adı için fazla uzun",
  "error.codename_too_long.body":
    "Bir kod adı on iki sözcükten oluşur. Yazdıklarınızı kontrol edip tekrar deneyin.",
  "error.codename_mistyped.title": "Bu kod adı yanlış yazılmış gibi görünüyor",
  "error.codename_mistyped.body":
    "Sözcüklerden biri sözcük listelerimizde yok ya da sözcüklerin sırası yanlış. On iki sözcüğün her birini not ettiklerinizle karşılaştırın.",
  "error.codename_unknown.title": "Bu kod adını tanımıyoruz",
  "error.codename_unknown.body":
    "Sözcükler geçerli, ancak bu kod adıyla hiçbir zaman bir gönderim yapılmamış. Hiçbir gönderimi tamamlamadıysanız yeni bir kod adı almak için baştan başlayın.",
  "error.too_many_attempts.title": "Şu anda çok fazla deneme var",
  "error.too_many_attempts.body":
    "Şu anda çok sayıda yanlış kod adı alıyoruz, bu yüzden işlemleri yavaşlatıyoruz. Bir dakika bekleyin, kod adınızı kontrol edin ve tekrar deneyin.",
  "error.codename_page_expired.title": "Bu kod adı sayfasının süresi doldu",
  "error.codename_page_expired.body":
    "Güvenliğiniz için yeni bir kod adıyla bir saat içinde ve aynı tarayıcıda, kendi sayfasından devam edilmelidir. Hiçbir şey kaydedilmedi. Yeni bir kod adı alın ve onun sayfasından devam edin.",
  "error.too_many_new_sources.title": "Şu anda çok fazla yeni kaynak var",
  "error.too_many_new_sources.body":
    "Aynı anda pek çok kişi başlıyor, bu yüzden yavaşlıyoruz. Hiçbir şey kaydedilmedi ve size gösterilen kod adı kullanılmadı. Bir dakika bekleyin, ardından yeni bir kod adı alın.",
  "error.form_rejected.title": "Form kabul edilemedi",
  "error.form_rejected.body":
    "İnsanların hiç görmediği bir alan, otomatik programların yaptığı gibi doldurulmuş. Hiçbir şey saklanmadı. Bir insansanız sayfayı yeniden yükleyip tekrar gönderin.",
  "error.form_too_large.title": "Form çok büyüktü",
  "error.form_too_large.body":
    "Hiçbir şey değiştirilmedi. Geri dönün, sayfayı yeniden yükleyip tekrar deneyin.",
  "error.empty_submission.title": "Gönderilecek bir şey yok",
  "error.empty_submission.body":
    "Bir mesaj yazın ya da en az bir dosya seçin, ardından tekrar gönderin.",
  "error.message_too_long.title": "Mesajınız çok uzun",
  "error.message_too_long.body":
    "Mesajlar en fazla {max, plural, one {# karakter} other {# karakter}} olabilir. Mesajı kısaltın ya da metni bir dosyaya koyup ekleyin. Hiçbir şey gönderilmedi.",
  "error.file_too_large.title": "Bir dosya çok büyük",
  "error.file_too_large.body":
    "Her dosya en fazla {maxFile} olabilir. Dosyayı daha küçük parçalara bölün ya da birkaç gönderimde gönderin. Hiçbir şey gönderilmedi.",
  "error.submission_too_large.title": "Tek seferde çok fazla",
  "error.submission_too_large.body":
    "Bir gönderim toplamda en fazla {maxTotal} olabilir. Dosyaları birkaç gönderimde gönderin. Hiçbir şey gönderilmedi.",
  "error.too_many_files.title": "Çok fazla dosya",
  "error.too_many_files.body":
    "Bir gönderimde en fazla {maxFiles, plural, one {# dosya} other {# dosya}} olabilir. Dosyaları bir arşivde toplayın ya da birkaç gönderimde gönderin. Hiçbir şey gönderilmedi.",
  "error.file_name_invalid.title": "Bir dosya adı kullanılamıyor",
  "error.file_name_invalid.body":
    "Dosya adları 1 ile 255 karakter arasında olmalı; eğik çizgi ya da görünmez denetim karakterleri içermemelidir. Dosyayı yeniden adlandırıp tekrar gönderin. Hiçbir şey gönderilmedi.",
  "error.multipart_malformed.title": "Yükleme bozuk ulaştı",
  "error.multipart_malformed.body":
    "Gelen veri eksikti ya da beklenen biçimde değildi. Hiçbir şey saklanmadı. Sayfayı yeniden yükleyip tekrar gönderin.",
  "error.channel_unknown.title": "Bunu kimin alacağını seçin",
  "error.channel_unknown.body":
    "Listelenen alıcılardan birini seçip tekrar gönderin. Hiçbir şey gönderilmedi.",
  "error.channel_not_ready.title": "Bu iletişim noktası hazır değil",
  "error.channel_not_ready.body":
    "Burada henüz kimse gönderim alamıyor, bu yüzden hiçbir şey saklanmadı. Lütfen daha sonra tekrar deneyin.",
  "error.upload_aborted.title": "Yükleme yarıda kesildi",
  "error.upload_aborted.body":
    "Her şey ulaşmadan bağlantı kesildi, bu yüzden hiçbir şey saklanmadı. Tekrar gönderin.",
  "error.storage_unavailable.title": "Lütfen daha sonra tekrar deneyin",
  "error.storage_unavailable.body":
    "Sunucu şu anda gönderimleri saklayamıyor. Bu denemeden hiçbir şey tutulmadı ve daha önce gönderdikleriniz etkilenmedi. Bir süre sonra tekrar deneyin.",
  "error.internal.title": "Bir şeyler ters gitti",
  "error.internal.body":
    "Sunucuda bir hata oluştu. Bu denemeden hiçbir şey tutulmadı. Lütfen daha sonra tekrar deneyin.",
};
