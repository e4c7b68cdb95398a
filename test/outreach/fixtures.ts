/**
 * Test data and helpers for the outreach kit. The kit texts here are test
 * fixtures in every locale (the kit is tested independently of the i18n
 * catalogue, which the kit reads in production): real sentences in each
 * script, so that font coverage and layout are exercised for real.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { addRecipient } from "../../src/core/channels.ts";
import { addChannel } from "../../src/core/channels.ts";
import { Instance } from "../../src/core/instance.ts";
import { generateIdentity, generateOnionKey } from "../../src/crypto/index.ts";
import { toRecipient } from "../../src/runtime/crypto-pool.ts";
import { createKeyFile, installPublicKey, signingKeyPath } from "../../src/outreach/signing.ts";
import { fillTemplates, type KitKey, type KitTextSource } from "../../src/outreach/texts.ts";

export const TEMPLATES: Readonly<Record<string, Readonly<Record<KitKey, string>>>> = {
  en: {
    "kit.title": "How to contact {org} safely",
    "kit.step1": "Get Tor Browser from torproject.org.",
    "kit.step2": "In Tor Browser, set the Security Level to “Safest”.",
    "kit.step3": "Open our onion address: {address}",
    "kit.step4": "Choose “Send us something for the first time” and write your codename on paper.",
    "kit.step5": "Come back later with your codename to read our reply.",
    "kit.address_label": "Our onion address",
    "kit.verify": "Check this address against our signed statement. Key fingerprint: {fingerprint}",
    "kit.scan": "Scan to copy the address",
    "kit.video_intro": "Do you know something {org} should know? Here is how to tell us safely.",
    "kit.video_outro": "We read everything. Never contact us from an account linked to you.",
  },
  "zh-Hans": {
    "kit.title": "如何安全地联系{org}",
    "kit.step1": "从 torproject.org 下载 Tor 浏览器。",
    "kit.step2": "在 Tor 浏览器中，把安全级别设为“最安全”。",
    "kit.step3": "打开我们的洋葱地址：{address}",
    "kit.step4": "选择“第一次给我们发送内容”，并把代号写在纸上。",
    "kit.step5": "之后用代号回来，查看我们的回复。",
    "kit.address_label": "我们的洋葱地址",
    "kit.verify": "请将此地址与我们签名的声明核对。密钥指纹：{fingerprint}",
    "kit.scan": "扫码复制地址",
    "kit.video_intro": "你知道{org}应该知道的事吗？以下是安全告诉我们的方法。",
    "kit.video_outro": "我们会阅读每一条信息。切勿使用与你有关的账户联系我们。",
  },
  "zh-Hant": {
    "kit.title": "如何安全地聯絡{org}",
    "kit.step1": "從 torproject.org 下載 Tor 瀏覽器。",
    "kit.step2": "在 Tor 瀏覽器中，將安全等級設為「最安全」。",
    "kit.step3": "開啟我們的洋蔥地址：{address}",
    "kit.step4": "選擇「第一次傳送內容給我們」，並把代號寫在紙上。",
    "kit.step5": "之後帶著代號回來，閱讀我們的回覆。",
    "kit.address_label": "我們的洋蔥地址",
    "kit.verify": "請將此地址與我們簽署的聲明核對。金鑰指紋：{fingerprint}",
    "kit.scan": "掃描以複製地址",
    "kit.video_intro": "你知道{org}應該知道的事嗎？以下是安全告訴我們的方法。",
    "kit.video_outro": "我們會閱讀每一則訊息。切勿使用與你有關的帳號聯絡我們。",
  },
  ru: {
    "kit.title": "Как безопасно связаться с {org}",
    "kit.step1": "Скачайте Tor Browser с сайта torproject.org.",
    "kit.step2": "В Tor Browser выберите уровень безопасности «Наивысший».",
    "kit.step3": "Откройте наш onion-адрес: {address}",
    "kit.step4": "Нажмите «Отправить нам что-то впервые» и запишите кодовое имя на бумаге.",
    "kit.step5": "Возвращайтесь позже с кодовым именем, чтобы прочитать наш ответ.",
    "kit.address_label": "Наш onion-адрес",
    "kit.verify":
      "Сверьте этот адрес с нашим подписанным заявлением. Отпечаток ключа: {fingerprint}",
    "kit.scan": "Отсканируйте, чтобы скопировать адрес",
    "kit.video_intro": "Вы знаете то, что должна знать {org}? Вот как безопасно сообщить нам.",
    "kit.video_outro": "Мы читаем всё. Никогда не пишите нам с аккаунта, связанного с вами.",
  },
  uk: {
    "kit.title": "Як безпечно зв’язатися з {org}",
    "kit.step1": "Завантажте Tor Browser із сайту torproject.org.",
    "kit.step2": "У Tor Browser виберіть рівень безпеки «Найбезпечніший».",
    "kit.step3": "Відкрийте нашу onion-адресу: {address}",
    "kit.step4": "Натисніть «Надіслати щось уперше» і запишіть кодове ім’я на папері.",
    "kit.step5": "Поверніться пізніше з кодовим ім’ям, щоб прочитати нашу відповідь.",
    "kit.address_label": "Наша onion-адреса",
    "kit.verify": "Звірте цю адресу з нашою підписаною заявою. Відбиток ключа: {fingerprint}",
    "kit.scan": "Відскануйте, щоб скопіювати адресу",
    "kit.video_intro": "Ви знаєте щось, що має знати {org}? Ось як безпечно повідомити нам.",
    "kit.video_outro": "Ми читаємо все. Ніколи не пишіть нам з акаунта, пов’язаного з вами.",
  },
  fa: {
    "kit.title": "چگونه به‌طور امن با {org} تماس بگیرید",
    "kit.step1": "مرورگر Tor را از torproject.org دریافت کنید.",
    "kit.step2": "در مرورگر Tor سطح امنیت را روی «ایمن‌ترین» بگذارید.",
    "kit.step3": "نشانی onion ما را باز کنید: {address}",
    "kit.step4": "«اولین بار برای ما چیزی بفرستید» را بزنید و نام رمز خود را روی کاغذ بنویسید.",
    "kit.step5": "بعداً با نام رمز خود برگردید تا پاسخ ما را بخوانید.",
    "kit.address_label": "نشانی onion ما",
    "kit.verify": "این نشانی را با بیانیهٔ امضاشدهٔ ما مقایسه کنید. اثر انگشت کلید: {fingerprint}",
    "kit.scan": "برای کپی کردن نشانی، اسکن کنید",
    "kit.video_intro": "آیا چیزی می‌دانید که {org} باید بداند؟ این‌گونه به‌طور امن به ما بگویید.",
    "kit.video_outro":
      "ما همه چیز را می‌خوانیم. هرگز از حسابی که به شما مرتبط است با ما تماس نگیرید.",
  },
  ar: {
    "kit.title": "كيف تتواصل مع {org} بأمان",
    "kit.step1": "نزّل متصفح Tor من torproject.org.",
    "kit.step2": "في متصفح Tor، اضبط مستوى الأمان على «الأكثر أمانًا».",
    "kit.step3": "افتح عنوان onion الخاص بنا: {address}",
    "kit.step4": "اختر «أرسل إلينا شيئًا لأول مرة» واكتب اسمك الرمزي على ورقة.",
    "kit.step5": "عُد لاحقًا باسمك الرمزي لتقرأ ردّنا.",
    "kit.address_label": "عنوان onion الخاص بنا",
    "kit.verify": "طابِق هذا العنوان مع بياننا الموقَّع. بصمة المفتاح: {fingerprint}",
    "kit.scan": "امسح الرمز لنسخ العنوان",
    "kit.video_intro": "هل تعرف شيئًا ينبغي أن تعرفه {org}؟ إليك كيف تخبرنا بأمان.",
    "kit.video_outro": "نقرأ كل شيء. لا تتواصل معنا أبدًا من حساب مرتبط بك.",
  },
  ko: {
    "kit.title": "{org}에 안전하게 연락하는 방법",
    "kit.step1": "torproject.org에서 Tor 브라우저를 받으세요.",
    "kit.step2": "Tor 브라우저에서 보안 수준을 ‘가장 안전’으로 설정하세요.",
    "kit.step3": "저희 어니언 주소를 여세요: {address}",
    "kit.step4": "‘처음으로 보내기’를 누르고 코드네임을 종이에 적어 두세요.",
    "kit.step5": "나중에 코드네임으로 다시 와서 답장을 읽으세요.",
    "kit.address_label": "저희 어니언 주소",
    "kit.verify": "이 주소를 서명된 성명서와 대조해 보세요. 키 지문: {fingerprint}",
    "kit.scan": "스캔하여 주소 복사",
    "kit.video_intro": "{org}가 알아야 할 일을 알고 계신가요? 안전하게 알리는 방법입니다.",
    "kit.video_outro": "모든 내용을 읽습니다. 본인과 연결된 계정으로는 절대 연락하지 마세요.",
  },
  es: {
    "kit.title": "Cómo contactar con {org} de forma segura",
    "kit.step1": "Descarga el Navegador Tor desde torproject.org.",
    "kit.step2": "En el Navegador Tor, pon el nivel de seguridad en «El más seguro».",
    "kit.step3": "Abre nuestra dirección onion: {address}",
    "kit.step4": "Elige «Enviarnos algo por primera vez» y anota tu nombre en clave en papel.",
    "kit.step5": "Vuelve más tarde con tu nombre en clave para leer nuestra respuesta.",
    "kit.address_label": "Nuestra dirección onion",
    "kit.verify":
      "Comprueba esta dirección con nuestra declaración firmada. Huella de la clave: {fingerprint}",
    "kit.scan": "Escanea para copiar la dirección",
    "kit.video_intro": "¿Sabes algo que {org} debería saber? Así puedes contárnoslo con seguridad.",
    "kit.video_outro": "Leemos todo. Nunca nos contactes desde una cuenta vinculada a ti.",
  },
  fr: {
    "kit.title": "Comment contacter {org} en toute sécurité",
    "kit.step1": "Téléchargez le Navigateur Tor sur torproject.org.",
    "kit.step2": "Dans le Navigateur Tor, réglez le niveau de sécurité sur « Le plus sûr ».",
    "kit.step3": "Ouvrez notre adresse onion : {address}",
    "kit.step4":
      "Choisissez « Nous envoyer quelque chose pour la première fois » et notez votre nom de code sur papier.",
    "kit.step5": "Revenez plus tard avec votre nom de code pour lire notre réponse.",
    "kit.address_label": "Notre adresse onion",
    "kit.verify":
      "Vérifiez cette adresse avec notre déclaration signée. Empreinte de la clé : {fingerprint}",
    "kit.scan": "Scannez pour copier l’adresse",
    "kit.video_intro":
      "Vous savez quelque chose que {org} devrait savoir ? Voici comment nous le dire sans risque.",
    "kit.video_outro": "Nous lisons tout. Ne nous contactez jamais depuis un compte lié à vous.",
  },
  tr: {
    "kit.title": "{org} ile güvenle nasıl iletişim kurulur",
    "kit.step1": "Tor Browser’ı torproject.org adresinden indirin.",
    "kit.step2": "Tor Browser’da güvenlik düzeyini “En Güvenli” yapın.",
    "kit.step3": "Onion adresimizi açın: {address}",
    "kit.step4": "“Bize ilk kez bir şey gönderin”i seçin ve kod adınızı kâğıda yazın.",
    "kit.step5": "Yanıtımızı okumak için daha sonra kod adınızla geri gelin.",
    "kit.address_label": "Onion adresimiz",
    "kit.verify": "Bu adresi imzalı açıklamamızla karşılaştırın. Anahtar parmak izi: {fingerprint}",
    "kit.scan": "Adresi kopyalamak için tarayın",
    "kit.video_intro":
      "{org} kurumunun bilmesi gereken bir şey mi biliyorsunuz? Bize güvenle şöyle iletebilirsiniz.",
    "kit.video_outro": "Her şeyi okuruz. Bize asla sizinle bağlantılı bir hesaptan yazmayın.",
  },
  vi: {
    "kit.title": "Cách liên hệ {org} an toàn",
    "kit.step1": "Tải Tor Browser từ torproject.org.",
    "kit.step2": "Trong Tor Browser, đặt Mức bảo mật thành “An toàn nhất”.",
    "kit.step3": "Mở địa chỉ onion của chúng tôi: {address}",
    "kit.step4": "Chọn “Gửi cho chúng tôi lần đầu” và ghi mật danh của bạn ra giấy.",
    "kit.step5": "Sau đó quay lại với mật danh để đọc thư trả lời của chúng tôi.",
    "kit.address_label": "Địa chỉ onion của chúng tôi",
    "kit.verify":
      "Hãy đối chiếu địa chỉ này với tuyên bố đã ký của chúng tôi. Dấu vân tay khóa: {fingerprint}",
    "kit.scan": "Quét để sao chép địa chỉ",
    "kit.video_intro":
      "Bạn biết điều gì mà {org} nên biết? Đây là cách báo cho chúng tôi một cách an toàn.",
    "kit.video_outro": "Chúng tôi đọc mọi thứ. Đừng bao giờ liên hệ từ tài khoản gắn với bạn.",
  },
};

/** The fixture texts as a text source, the way tests inject them into the kit. */
export const fixtureTexts: KitTextSource = (locale, params) => {
  const t = TEMPLATES[locale];
  assert.ok(t, `no fixture texts for ${locale}`);
  return fillTemplates(t, params);
};

const roots: string[] = [];

/** A temporary folder, removed by removeTempDirs() (call it from an `after` hook). */
export async function tempDir(prefix = "postern-outreach-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  roots.push(dir);
  return dir;
}

/** Removes every folder tempDir() and makeInstance() made in this process. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(roots.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

export interface TestInstance {
  readonly dir: string;
  readonly address: string;
  readonly recipients: readonly string[];
  /** The outreach private key: outside the data folder ("offline"), or the legacy .pem in it; null for "none". */
  readonly keyFile: string | null;
  /** Its public key, base64. */
  readonly publicKey: string | null;
}

/**
 * Where the outreach signing key is: "offline" (the default) keeps the private
 * key in a folder beside the data folder and installs the public key, as
 * `outreach key --new` and `--set` do; "legacy" writes the private key into
 * the data folder, as `postern init` did before offline signing.
 */
export type TestSigningKey = "offline" | "legacy" | "none";

/** A fresh instance with two recipient keys on its default channel, and an onion address for --address. */
export async function makeInstance(
  orgName = "Demo Newsroom",
  signing: TestSigningKey = "offline",
): Promise<TestInstance> {
  const root = await tempDir();
  const dir = join(root, "data");
  await Instance.create(dir, orgName);
  let keyFile: string | null = null;
  let publicKey: string | null = null;
  if (signing === "offline") {
    keyFile = join(root, "offline-outreach-key.pem");
    const key = await createKeyFile(keyFile);
    await installPublicKey(dir, key.publicKey);
    publicKey = key.publicKey.toString("base64");
  } else if (signing === "legacy") {
    keyFile = signingKeyPath(dir);
    publicKey = (await createKeyFile(keyFile)).publicKey.toString("base64");
  }
  const inst = await Instance.open(dir);
  const recipients: string[] = [];
  try {
    await addChannel(inst.db, "default", "Default", "pq");
    for (const name of ["Alice", "Bob"]) {
      const recipient = await toRecipient(await generateIdentity("pq"));
      await addRecipient(inst.db, { name, recipient, channelSlug: "default" });
      recipients.push(recipient);
    }
  } finally {
    await inst.close();
  }
  return { dir, address: generateOnionKey().address, recipients, keyFile, publicKey };
}

export interface Probe {
  readonly codec: string;
  readonly width: number;
  readonly height: number;
  readonly duration: number;
}

/** ffprobe's view of a video: the first video stream and the container duration. */
export async function ffprobe(file: string): Promise<Probe> {
  const { stdout } = await promisify(execFile)("ffprobe", [
    "-v",
    "error",
    "-show_entries",
    "stream=codec_name,codec_type,width,height",
    "-show_entries",
    "format=duration",
    "-of",
    "json",
    file,
  ]);
  const j = JSON.parse(stdout) as {
    streams: { codec_name: string; codec_type: string; width: number; height: number }[];
    format: { duration: string };
  };
  const video = j.streams.filter((s) => s.codec_type === "video");
  assert.equal(video.length, 1, `${file}: one video stream`);
  const v = video[0]!;
  return {
    codec: v.codec_name,
    width: v.width,
    height: v.height,
    duration: Number(j.format.duration),
  };
}

export interface Cue {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const TIME = /^(\d{2}):(\d{2}):(\d{2}),(\d{3})$/;

function seconds(t: string): number {
  const m = TIME.exec(t);
  assert.ok(m, `SRT time "${t}" is HH:MM:SS,mmm`);
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}

/** A strict SubRip parser: numbered cues, "A --> B" times, non-empty text, increasing times. */
export function parseSrt(text: string): Cue[] {
  assert.ok(!text.includes("\r"), "LF line ends");
  const blocks = text.trimEnd().split("\n\n");
  let last = 0;
  return blocks.map((block, i) => {
    const [num, times, ...lines] = block.split("\n");
    assert.equal(num, String(i + 1), `cue ${i + 1} is numbered ${i + 1}`);
    const m = /^(\S+) --> (\S+)$/.exec(times ?? "");
    assert.ok(m, `cue ${i + 1} has "start --> end"`);
    const start = seconds(m[1]!);
    const end = seconds(m[2]!);
    assert.ok(start >= last, `cue ${i + 1} starts after the previous one ends`);
    assert.ok(end > start, `cue ${i + 1} ends after it starts`);
    last = end;
    const cueText = lines.join("\n");
    assert.ok(lines.length > 0 && cueText.trim() !== "", `cue ${i + 1} has text`);
    return { index: i + 1, start, end, text: cueText };
  });
}
