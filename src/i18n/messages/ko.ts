/**
 * 한국어 (ko). Native review: pending. Register: 존댓말 (-습니다 for statements,
 * -세요 for requests); buttons use noun forms (보내기, 계속). Quotes ‘’ for UI labels.
 * The Korean Tor Browser label for "Safest" was not verified (an older release showed
 * "제일 안전합니다"), so the English label is kept with a translation in parentheses.
 */
import type { Messages } from "./en.ts";

export const ko: Messages = {
  "meta.title": "{org} — 안전한 연락 창구",
  "meta.language": "언어",
  "nav.home": "시작 페이지",
  // review: Tor Browser's Korean label for "Safest" not verified; English kept with a translation
  "footer.nojs":
    "이 페이지는 JavaScript를 끈 상태에서도 작동합니다. Tor Browser에서 보안 수준을 ‘Safest’(가장 안전)로 선택하세요.",
  "footer.logout": "로그아웃",
  "nav.quickexit": "빠르게 나가기",
  "nav.guide": "안전 가이드",
  "warning.js.title": "JavaScript가 켜져 있습니다",
  // review: menu path follows Firefox's Korean UI (설정 → 개인 정보 및 보안); Tor Browser has called the level 보안 등급 or 보안 수준
  "warning.js.body":
    "안전을 위해 JavaScript를 꺼 주세요. Tor Browser에서 설정 → 개인 정보 및 보안 → 보안 수준을 열고 ‘Safest’(가장 안전)를 선택한 다음, 이 페이지를 새로 고치세요.",
  "warning.browser.title": "Tor Browser가 아닙니다",
  // review: "Safest" label not verified, as in footer.nojs
  "warning.browser.body":
    "다른 브라우저는 사생활 보호 모드에서도 신원을 드러낼 수 있습니다. torproject.org에서 Tor Browser를 내려받아 보안 수준을 ‘Safest’(가장 안전)로 설정한 뒤, 그 브라우저에서 저희 .onion 주소를 여세요. torproject.org가 차단되어 있다면 안전 가이드에 방법이 나와 있습니다.",
  // Onion Browser’s Korean labels: "Default Security" = 기본 보안, "Gold" = 골드
  "warning.browser.ios":
    "iPhone이나 iPad에서는 Onion Browser를 쓰고 보안 수준을 ‘골드’로 설정한 뒤, 그 브라우저에서 저희 .onion 주소를 여세요. 다른 브라우저는 신원을 드러낼 수 있습니다.",
  "warning.onion.title": "저희 onion 주소로 접속하지 않았습니다",
  "warning.onion.body":
    "이 페이지를 Tor Browser에서 저희 .onion 주소로 여세요. 이 주소는 저희가 공개하고 서명한 성명과 대조해 확인할 수 있습니다. 다른 방법으로 접속하면 신원이 드러날 수 있습니다.",
  "warning.tor2web.title": "이 연결은 익명이 아닙니다",
  "warning.tor2web.body":
    "지금 웹 프록시를 거쳐 접속하고 있으며, 이 프록시는 누가 무엇을 보내는지 볼 수 있습니다. 이 페이지를 닫고, 대신 Tor Browser에서 저희 .onion 주소를 여세요.",

  "landing.title": "{org}에 안전하게 연락하기",
  "landing.intro":
    "여기에서 신원을 밝히지 않고 저희에게 메시지와 파일을 보낼 수 있습니다. 보내신 모든 내용은 저장되기 전에 이 서버에서 암호화되며, {org}에서 수신자로 지정된 사람만 읽을 수 있습니다.",
  "landing.start": "처음으로 보내기",
  "landing.start.hint":
    "코드명을 드립니다. 코드명이 있으면 다시 와서 더 보내거나 저희 답장을 읽을 수 있습니다.",
  "landing.returning": "이미 코드명이 있습니다",
  "landing.returning.hint": "더 보내려면 코드명으로 로그인하세요.",
  "landing.guide": "무엇이든 보내기 전에 안전 가이드를 먼저 읽어 주세요.",
  "landing.blocked":
    "지금 계신 곳에서 Tor가 차단되었거나, 휴대전화를 쓰고 계신가요? 안전 가이드에서 방법을 알려 드립니다.",

  "codename.title": "코드명",
  "codename.intro":
    "이것이 코드명입니다. 이 대화로 돌아올 수 있는 유일한 방법입니다. 저희는 코드명을 다시 보여 드릴 수 없고, 대신 찾아 드릴 수도 없습니다.",
  "codename.keep.title": "안전하게 보관하세요",
  "codename.keep.1": "종이에 적거나 외워 두세요. 본인과 연결된 기기에는 저장하지 마세요.",
  "codename.keep.2":
    "다른 사람과 공유하지 마세요. 코드명을 가진 사람은 누구나 저희 답장을 읽을 수 있습니다.",
  "codename.keep.3": "{org}에서 코드명을 물어보는 일은 절대 없습니다.",
  "codename.continue": "적어 두었습니다 — 계속",

  "form.title": "메시지나 파일 보내기",
  "form.channel": "누가 받아야 하나요?",
  "form.message": "메시지",
  "form.message.hint":
    "최대 {max, plural, other {#자}}. 무엇을 보내는지, 그리고 왜 중요한지 알려 주세요.",
  "form.files": "파일",
  "form.files.hint":
    "파일은 최대 {maxFiles, plural, other {#개}}, 파일당 {maxFile}, 합계 {maxTotal}까지 보낼 수 있습니다. 파일에는 본인에 관한 숨은 정보(작성자 이름, 위치, 기기 정보)가 들어 있을 수 있습니다. 가능하면 보내기 전에 지우세요.",
  "form.send": "안전하게 보내기",
  "form.send.hint":
    "Tor를 통해 큰 파일을 보내면 오래 걸릴 수 있습니다. 확인 메시지가 보일 때까지 이 탭을 닫지 마세요.",

  "received.title": "받았습니다",
  "received.body":
    "보내신 내용은 암호화되어 저장되었습니다. {org}에서 지정된 수신자만 읽을 수 있습니다.",
  "received.files": "{files, plural, other {파일 #개를 받았습니다.}}",
  "received.next":
    "저희는 받은 내용을 모두 읽지만, 답장을 보내지 않거나 늦게 보낼 수도 있습니다. 답장이 있는지 확인하려면 코드명을 가지고 다시 방문하세요.",
  "received.more": "다른 것도 보내기",

  "login.title": "코드명으로 로그인",
  "login.codename": "코드명",
  // review: English "Any language we gave it to you in works" read as: type it in the language it was given in, whichever that was
  "login.hint":
    "적어 두신 단어들을 띄어 써서 입력하세요. 어떤 언어로 받으셨든 받은 언어 그대로 입력하면 됩니다.",
  "login.submit": "계속",

  "source.title": "다시 오신 것을 환영합니다",
  "source.replies": "아직 도착한 답장이 없습니다.",
  "replies.title": "{org}의 답장",
  "replies.hint": "답장은 읽은 뒤 하나씩 삭제하세요. 삭제한 답장은 영구히 사라집니다.",
  "replies.meta": "보낸 날짜: {day}",
  "replies.delete": "읽었습니다 — 삭제",
  "replies.unreadable":
    "{count, plural, other {저희가 보낸 답장 중 #개를 열 수 없었습니다. 손상되었을 수 있습니다. 중요한 내용이었다면 다시 보내 드리겠습니다.}}",

  "logout.title": "로그아웃되었습니다",
  // review: Tor Browser's Korean label for "New Identity" has been ‘새로운 신원’; newer releases may say ‘새 신원’
  "logout.body":
    "이 브라우저에 흔적을 남기지 않으려면 지금 Tor Browser의 ‘새로운 신원’(빗자루 아이콘 또는 Ctrl+Shift+U)을 사용하세요. 이 탭이 닫히고 탭의 데이터가 지워집니다.",

  "guide.title": "안전 가이드",
  "guide.intro":
    "{org}에 연락할 때 자신을 보호하는 방법입니다. 시작하기 전에 끝까지 읽어 주세요. 몇 분이면 됩니다.",
  "guide.before.title": "연락하기 전에",
  "guide.before.device":
    "본인과 연결되지 않은 기기와 네트워크를 사용하세요. 감시되고 있거나 감시될 수 있는 직장이나 집의 네트워크는 절대 사용하지 마세요. 평소에 쓰지 않는 공용 네트워크가 더 안전합니다.",
  "guide.before.tor":
    "Tor Browser는 Tor 프로젝트에서만 받으세요. 공식 사이트 torproject.org, 공식 미러 사이트, GetTor 서비스, 휴대전화라면 공식 앱 스토어(아래 참고)에서 받을 수 있습니다. 다른 곳에서 받은 사본은 사용자를 감시하도록 변조되었을 수 있습니다.",
  // review: "Safest" kept in English with a translation, as in footer.nojs
  "guide.before.safest":
    "Tor Browser에서 설정 → 개인 정보 및 보안 → 보안 수준을 열고 ‘Safest’(가장 안전)를 선택하세요. 저희 페이지는 이 수준에서도 작동합니다.",
  "guide.before.verify":
    "무엇이든 보내기 전에 저희 .onion 주소를 확인하세요. 이 주소는 저희가 서명한 성명에 적힌 주소와 한 글자도 빠짐없이 같아야 합니다. 가짜 사이트는 저희 사이트와 똑같아 보일 수 있지만, 저희 주소를 가질 수는 없습니다.",
  // review: «키 지문» for key fingerprint; «핑거프린트» is also seen
  "guide.before.fingerprint":
    "저희 성명은 저희 키로 서명되어 있습니다. 저희 공개 키의 지문이 저희가 공개하는 모든 곳(웹사이트, 게시물, 인쇄물)에서 같은지 확인하세요. 주소나 지문이 한 곳이라도 다르면 사용하지 마세요.",
  "guide.before.address": "저희 .onion 주소",
  "guide.before.key": "저희 공개 키 지문",
  "guide.send.title": "무엇을 보낼지, 메타데이터는 어떻게 지울지",
  "guide.send.what":
    "문제를 보여 주는 자료를 보내 주세요. 문서, 사진, 그리고 무슨 일이 있었는지 직접 쓴 설명도 좋습니다. 신원은 밝히지 말고, 저희가 어떻게 사실을 확인할 수 있을지 알려 주세요.",
  "guide.send.metadata":
    "파일에는 메타데이터라는 숨은 정보가 들어 있습니다. 작성자 이름, 사용한 기기, 날짜, 그리고 사진이라면 촬영 장소가 들어 있는 경우가 많습니다. 가능하면 보내기 전에 지우세요. 예를 들어 메타데이터 제거 도구를 쓰거나, 내용만 담은 새 사본을 만들어 보낼 수 있습니다.",
  "guide.send.screens":
    "화면을 찍은 사진이나 스크린숏은 신원을 드러낼 수 있습니다. 이름, 계정, 설정, 시각이 보일 수 있고, 어떤 문서는 받는 사람마다 조금씩 다르게 만들어지기도 합니다.",
  "guide.send.printers":
    "많은 컬러 프린터는 눈에 거의 보이지 않는 작은 노란 점을 찍어 프린터 일련번호와 인쇄 시각을 기록합니다. 본인과 연결될 수 있는 프린터로 인쇄한 종이를 스캔하거나 촬영해서 보내지 마세요.",
  // review: «다시 입력해 보내세요» for re-typing excerpts; check it is clear that the source types the text again
  "guide.send.retype":
    "가능하면 문서 자체를 보내는 대신 중요한 부분을 직접 다시 입력해 보내세요. 다시 입력한 발췌문에는 숨은 표시가 가장 적습니다.",
  "guide.codename.title": "코드명 보관 방법",
  "guide.codename.paper":
    "코드명은 종이에 손으로 적으세요. 휴대전화, 컴퓨터, 비밀번호 관리자, 클라우드 서비스에는 절대 보관하지 마세요. 이런 곳은 본인도 모르게 검색되거나 동기화되거나 백업될 수 있습니다.",
  "guide.codename.keep":
    "종이는 본인만 손댈 수 있는 곳에 두고, 더 필요 없으면 없애세요. 코드명을 가진 사람은 누구나 저희 답장을 읽을 수 있습니다.",
  "guide.next.title": "그다음에는",
  "guide.next.read": "저희는 받은 내용을 모두 읽습니다.",
  "guide.next.reply":
    "답장을 보내지 않거나 늦게 보낼 수도 있습니다. 답장이 있는지 확인하려면 가끔 이 가이드를 다시 따라 방문해 코드명으로 로그인하세요.",
  "guide.next.accounts":
    "본인과 연결될 수 있는 계정으로는 절대 연락하지 마세요. 이메일, 전화번호, SNS 모두 마찬가지입니다. 이 페이지만 이용하세요.",
  "guide.after.title": "흔적 남기지 않기",
  "guide.after.identity":
    "다 마쳤으면 Tor Browser의 ‘새로운 신원’(빗자루 아이콘 또는 Ctrl+Shift+U)을 사용한 다음 Tor Browser를 닫으세요.",
  "guide.after.files":
    "저희가 보낸 파일을 공용 기기나 본인과 연결된 기기에 저장하지 마세요. 답장은 여기에서 읽고, 읽은 뒤에는 삭제하세요.",

  "guide.risk.title": "Tor를 설치해 두어도 안전한가요?",
  "guide.risk.visible":
    "어떤 곳에서는 기기에 Tor가 있거나 Tor를 쓰는 모습이 눈에 띄는 것만으로도 문제가 생길 수 있습니다. 네트워크를 운영하는 쪽은 Tor를 쓴다는 사실을 알아챌 수 있는 경우가 많지만, 어떤 사이트를 방문하는지는 알 수 없습니다. 브리지(아래 참고)를 쓰면 이를 알아보기가 더 어려워지지만, 불가능해지지는 않습니다.",
  "guide.risk.device":
    "본인만 쓰는 휴대전화나 컴퓨터를 사용하세요. 업무용 기기나, 고용주·학교·가족이 관리하거나 확인하는 기기는 쓰지 마세요. 그런 기기는 그 위에서 한 일을 기록할 수 있습니다.",
  "guide.risk.search":
    "감시되는 기기나 네트워크에서 Tor나 저희를 검색하지 마세요. 검색한 사실 자체가 드러날 수 있습니다. 본인과 연결되지 않은 기기와 네트워크에서 시작하세요.",
  "guide.risk.remove":
    "다 마친 뒤에는 Tor Browser를 지울 수 있습니다. 휴대전화에서는 앱을 삭제하세요. 컴퓨터에서는 Tor Browser 폴더와 내려받은 파일을 삭제한 다음 휴지통을 비우세요.",
  "guide.risk.traces":
    "지운다고 모든 흔적이 사라지지는 않습니다. 앱 스토어에는 설치한 앱 목록이 남고, 기기를 자세히 조사하면 더 많은 것이 드러날 수 있습니다. 검문소 같은 곳에서 휴대전화를 검사받을 수 있다면, 무엇이든 설치하기 전에 이 점을 생각해 보세요.",

  "guide.blocked.title": "Tor가 차단되어 있다면",
  "guide.blocked.intro":
    "Tor Browser가 연결되지 않으면 네트워크에서 Tor를 차단하고 있을 수 있습니다. Tor Browser는 브리지로 차단을 우회할 수 있습니다. 브리지는 숨겨진 입구로, 연결을 알아보기 어렵게 만듭니다. 속도는 더 느릴 수 있습니다.",
  // review: Tor Browser’s Korean labels for "Try a bridge" and "Connection Assist" (연결 도우미) not verified; English label kept with a translation
  "guide.blocked.assist":
    "먼저 Tor Browser가 고르게 하세요. 연결에 실패하면 ‘Try a bridge’(브리지 시도)를 누르세요. 이것이 연결 도우미(Connection Assist)로, 지금 있는 곳에서 가장 잘 작동할 만한 브리지를 골라 줍니다. 국가나 지역을 물으면 선택하세요.",
  // review: Tor Browser’s Korean labels (desktop "Select a Built-In Bridge"; Android "Config Bridge", "Use a Bridge") not verified; English kept, translations in parentheses are ours. 설정 → 연결 follows Firefox’s Korean UI
  "guide.blocked.builtin":
    "그래도 안 되면 브리지를 직접 골라 하나씩 차례로 시도하세요. 컴퓨터: 메뉴(≡) → 설정 → 연결 → ‘Select a Built-In Bridge’(내장 브리지 선택). Android: 설정 → ‘Config Bridge’(브리지 구성) → ‘Use a Bridge’(브리지 사용). 고를 수 있는 브리지:",
  "guide.blocked.snowflake":
    "Snowflake: 자원봉사자의 컴퓨터를 거쳐 연결하며, 연결을 영상 통화처럼 보이게 합니다. 다른 방식이 막힌 곳에서도 작동하는 경우가 많지만, 느릴 수 있습니다.",
  "guide.blocked.obfs4":
    "obfs4: 연결을 무작위 잡음처럼 보이게 합니다. 많은 곳에서 작동하지만, 일부 국가에서는 내장 obfs4 브리지가 차단되어 새 브리지가 필요합니다(아래 참고).",
  "guide.blocked.meek":
    "meek: 연결을 크고 평범한 웹사이트에 접속하는 것처럼 보이게 합니다. 느리지만 차단하기 어렵습니다. 다른 방식이 모두 실패하면 시도하세요.",
  "guide.blocked.webtunnel":
    "WebTunnel: 연결을 보안 웹사이트에 평범하게 접속하는 것처럼 보이게 합니다. 내장 목록에는 없으니 WebTunnel 브리지를 요청하세요(아래 참고).",
  // review: Tor Browser’s Korean label for "Request bridges" not verified; "solve the small puzzle" rendered as 간단한 보안 문자를 입력 (it is a CAPTCHA)
  "guide.blocked.request":
    "컴퓨터에서는 Tor Browser 안에서 새 브리지를 요청할 수도 있습니다. 같은 설정에서 ‘Request bridges’(브리지 요청)을 선택하고, 간단한 보안 문자를 입력한 다음 연결하세요.",
  "guide.blocked.ask":
    "또는 Tor 프로젝트에 브리지를 요청하세요. bridges.torproject.org에서 요청하거나, 그 사이트가 차단되어 있다면 다음과 같이 하세요:",
  // review: Telegram’s Korean interface may show ‘시작’ rather than ‘Start’
  "guide.blocked.telegram":
    "Telegram: Tor 프로젝트의 봇 {bridgesBot}에게 메시지를 보내세요. ‘Start’(시작)을 누른 다음 obfs4나 WebTunnel 브리지를 요청하고, 봇이 보내 주는 내용을 복사하세요.",
  "guide.blocked.email":
    "이메일: Gmail이나 Riseup 주소에서 {bridgesEmail} 주소로 메일을 보내고, 본문에 ‘get transport obfs4’라고 쓰세요. 다른 주소에서 보내면 답장이 오지 않습니다.",
  // review: Tor Browser’s Korean labels for "Add new bridges" and "Provide a Bridge I know" not verified; English kept with a translation
  "guide.blocked.paste":
    "브리지 주소가 적힌 텍스트 몇 줄을 받게 됩니다. Tor Browser에서 컴퓨터라면 ‘Add new bridges’(새 브리지 추가), Android라면 ‘Provide a Bridge I know’(알고 있는 브리지 입력)을 선택하고, 한 줄에 하나씩 붙여 넣으세요.",
  "guide.blocked.seen":
    "Telegram, Gmail, Riseup은 브리지를 요청했다는 사실을 볼 수 있습니다. 가능하면 본인 이름으로 되어 있지 않은 계정을 쓰고, 나중에 메시지를 삭제하세요.",
  "guide.blocked.help":
    "아무것도 되지 않으면 Tor 프로젝트의 지원 창구에서 비공개 브리지를 보내 줄 수 있습니다. {helpEmail} 주소로 제목에 ‘private bridge’와 국가의 두 글자 코드를 써서(예: ‘private bridge ru’) 메일을 보내거나, Telegram에서 {helpBot}에게 연락하세요.",

  "guide.get.title": "Tor Browser를 내려받을 수 없다면",
  "guide.get.intro":
    "torproject.org가 차단되어 있다면 다른 방법으로 Tor 프로젝트에서 Tor Browser를 받으세요. 다른 사람이 보내 준 사본은 절대 설치하지 마세요.",
  // review: after the language is chosen the GetTor bot answers in that language: check its Korean wording of "Send me Tor Browser"
  "guide.get.telegram":
    "Telegram: {gettorBot}에게 메시지를 보내고 ‘Start’(시작)을 누르세요. 언어를 고른 다음 ‘Send me Tor Browser’(Tor Browser 보내기)와 운영체제를 선택하세요. 봇이 파일 자체를 보내 줍니다.",
  "guide.get.email":
    "이메일: {gettorEmail} 주소로 메일을 보내세요. 제목과 본문에 windows, macos, linux, android 중 한 단어만 쓰세요. 답장에 다운로드 링크가 들어 있습니다.",
  "guide.get.mirrors": "Tor 프로젝트 웹사이트의 공식 미러: {mirror1}, {mirror2}",
  "guide.get.phone":
    "휴대전화에서는 공식 앱 스토어를 이용할 수도 있습니다. Google Play에서는 ‘Tor Browser’, App Store에서는 ‘Onion Browser’를 받으세요. 이름이 비슷한 가짜 앱에 주의하세요.",

  "guide.phone.title": "휴대전화에서",
  "guide.phone.intro":
    "저희 페이지는 휴대전화에서도 작동합니다. Tor Browser(Android)나 Onion Browser(iPhone, iPad)에서만 여세요. 평소 쓰는 브라우저에서는 절대 열지 마세요.",
  // review: Tor Browser for Android’s Korean labels for "Connect" and "Try a bridge" not verified
  "guide.phone.android.connect":
    "Android: Tor Browser를 열고 ‘Connect’(연결)을 누르세요. 실패하면 ‘Try a bridge’(브리지 시도)를 누르거나, 위의 ‘Tor가 차단되어 있다면’을 보세요.",
  // review: "Safest" as in footer.nojs; "Save and restart" and the section heading ‘개인 정보 및 보안’ not verified in Tor Browser for Android
  "guide.phone.android.safest":
    "그다음 가장 엄격한 수준으로 설정하세요. 메뉴(⋮) → 설정 → 보안 수준(‘개인 정보 및 보안’ 아래) → ‘Safest’(가장 안전) → ‘Save and restart’(저장 후 다시 시작). 이렇게 하면 JavaScript가 꺼집니다.",
  // review: "New Identity" label as in logout.body
  "guide.phone.android.after":
    "Android용 Tor Browser에는 ‘새로운 신원’ 버튼이 없습니다. 다 마치면 탭을 모두 닫은 다음, 앱을 완전히 종료하세요.",
  "guide.phone.ios.app":
    "iPhone과 iPad: Tor Browser가 없습니다. Tor 프로젝트가 권장하는 Onion Browser를 쓰세요. 앱이 안내하면 함께 쓰는 무료 앱 Orbot을 설치해 사용하세요. Onion Browser에 내장된 Tor보다 더 안전합니다.",
  "guide.phone.ios.gold":
    "그다음 가장 엄격한 수준으로 설정하세요. 설정 → 기본 보안 → ‘골드’. 골드는 JavaScript를 끕니다.",
  "guide.phone.ios.bridges":
    "Orbot이 연결되지 않으면 Orbot을 열고 다른 연결 방법을 고르세요. Snowflake나 ‘내장 브리지(obfs4)’를 선택하거나, 요청해서 받은 브리지를 ‘사용자 정의 브리지’에 붙여 넣으세요.",
  "guide.phone.ios.limits":
    "Apple은 iPhone의 모든 브라우저가 Apple의 엔진을 쓰게 합니다. 그래서 Onion Browser는 Tor Browser만큼 완전하게 보호해 주지 못합니다. 선택할 수 있다면 컴퓨터나 Android에서 Tor Browser를 쓰세요.",
  "guide.phone.ios.after":
    "다 마치면 Onion Browser 아이콘을 길게 누르고 ‘데이터 지우기’를 선택하세요.",
  "guide.phone.codename": "휴대전화에서는 코드명의 각 단어를 처음 네 글자만 입력해도 됩니다.",

  "guide.links.title": "앱 안에서 저희 주소를 절대 열지 마세요",
  "guide.links.inapp":
    "Telegram, Instagram, Facebook, X에서 저희 주소를 보더라도 누르지 마세요. 이런 앱은 링크를 자체 내장 브라우저로 엽니다. 내장 브라우저는 .onion 주소를 열 수 없고, 주소를 네트워크에 드러낼 수 있으며, 페이지에서 하는 일을 앱이 지켜볼 수 있게 합니다.",
  "guide.links.copy":
    "대신 주소를 길게 눌러 ‘복사’를 선택하세요. Tor Browser나 Onion Browser를 열고 주소 표시줄에 붙여 넣은 뒤, 저희 주소와 정확히 같은지 확인하세요.",
  "guide.links.qr":
    "저희 QR 코드도 마찬가지입니다. 카메라가 링크를 열겠느냐고 하면 대신 ‘복사’를 선택하고, Tor Browser나 Onion Browser에 붙여 넣으세요.",

  "kit.title": "{org}에 안전하게 연락하는 방법",
  "kit.step1": "Tor Browser(컴퓨터, Android)나 Onion Browser(iPhone)를 공식 경로에서 받으세요.",
  // review: Tor Browser’s "Safest" label as in footer.nojs; ‘골드’ is Onion Browser’s own Korean label for "Gold"
  "kit.step2":
    "가장 엄격한 수준으로 설정하세요. Tor Browser에서는 ‘Safest’(가장 안전), Onion Browser에서는 ‘골드’입니다.",
  "kit.step3": "저희 .onion 주소를 여세요: {address}",
  "kit.step4": "‘처음으로 보내기’를 누르고, 코드명을 종이에 적으세요.",
  "kit.step5": "나중에 코드명으로 다시 와서 저희 답장을 읽으세요.",
  "kit.address_label": "저희 .onion 주소",
  "kit.verify": "이 주소를 저희가 서명한 성명과 대조해 확인하세요. 키 지문: {fingerprint}",
  "kit.scan": "스캔해서 주소 복사하기",
  "kit.video_intro":
    "{org}에 알려야 할 일이 있으신가요? 신원을 드러내지 않고 안전하게 알려 주시는 방법입니다.",
  "kit.video_outro": "저희는 모든 내용을 읽습니다. 본인과 연결된 계정으로는 절대 연락하지 마세요.",
  "kit.inapp":
    "Telegram, Instagram, Facebook, X에서 저희 주소를 누르지 마세요. 복사해서 Tor Browser에 붙여 넣으세요.",
  "kit.blocked.title": "Tor가 차단되었나요?",
  // review: "Try a bridge" as in guide.blocked.assist
  "kit.blocked":
    "Tor Browser에서 ‘Try a bridge’(브리지 시도)를 누르거나, 연결 설정에서 Snowflake, obfs4, meek 중 하나를 고르세요.",
  "kit.blocked.ask":
    "새 브리지: Telegram {bridgesBot} · 이메일 {bridgesEmail}(Gmail이나 Riseup에서 보낸 메일만)",
  "kit.get":
    "torproject.org가 차단되었나요? Telegram {gettorBot} · 이메일 {gettorEmail} · {mirror1} · {mirror2}",
  // review: "Safest" as in footer.nojs
  "kit.phone":
    "휴대전화: Android는 Tor Browser에서 ‘Safest’(가장 안전), iPhone은 Onion Browser에서 ‘골드’.",
  "kit.risk":
    "어떤 곳에서는 Tor를 가지고 있는 것만으로 위험할 수 있습니다. 본인만 쓰는 기기를 사용하고, 업무용 기기는 절대 쓰지 마세요.",
  // review: "Try a bridge" as in guide.blocked.assist
  "kit.video_blocked":
    "Tor가 차단되었나요? ‘Try a bridge’(브리지 시도)를 누르세요. Telegram에서 새 브리지 받기: {bridgesBot}",

  "error.back": "돌아가서 다시 시도",
  "error.code": "오류 코드: {code}",
  "error.not_found.title": "페이지를 찾을 수 없습니다",
  "error.not_found.body":
    "이 페이지는 존재하지 않습니다. 주소를 확인하거나 시작 페이지로 돌아가세요.",
  "error.method_not_allowed.title": "허용되지 않음",
  "error.method_not_allowed.body":
    "이 페이지는 이런 방식으로 사용할 수 없습니다. 시작 페이지로 돌아가세요.",
  "error.unsupported_media_type.title": "양식이 올바르게 전송되지 않았습니다",
  "error.unsupported_media_type.body":
    "브라우저가 저희가 받지 않는 형식으로 양식을 보냈습니다. 페이지를 새로 고친 뒤 다시 시도하세요.",
  "error.session_expired.title": "세션이 종료되었습니다",
  "error.session_expired.body":
    "안전을 위해 세션은 일정 시간이 지나면 종료됩니다. 이전에 보내신 내용은 사라지지 않았습니다. 코드명으로 다시 로그인하시거나, 코드명이 없다면 처음부터 다시 시작하세요.",
  "error.csrf_invalid.title": "양식이 만료되었습니다",
  "error.csrf_invalid.body":
    "양식이 너무 오래 열려 있었거나 다른 페이지에서 왔습니다. 아무것도 전송되지 않았습니다. 페이지를 새로 고친 뒤 다시 보내세요.",
  "error.codename_empty.title": "코드명을 입력하세요",
  "error.codename_empty.body": "코드명 입력란이 비어 있었습니다. 적어 두신 단어들을 입력하세요.",
  "error.codename_too_long.title": "코드명이라고 하기에는 너무 깁니다",
  "error.codename_too_long.body":
    "코드명은 열두 단어입니다. 입력한 내용을 확인한 뒤 다시 시도하세요.",
  "error.codename_mistyped.title": "코드명을 잘못 입력하신 것 같습니다",
  "error.codename_mistyped.body":
    "단어 중 하나가 저희 단어 목록에 없거나, 단어 순서가 맞지 않습니다. 열두 단어를 하나씩 적어 두신 것과 비교해 보세요.",
  "error.codename_unknown.title": "알 수 없는 코드명입니다",
  "error.codename_unknown.body":
    "단어는 올바르지만, 이 코드명으로 무언가를 보낸 적이 없습니다. 보내기를 끝까지 마친 적이 없다면 처음부터 다시 시작하여 새 코드명을 받으세요.",
  "error.too_many_attempts.title": "지금은 시도가 너무 많습니다",
  "error.too_many_attempts.body":
    "현재 잘못된 코드명이 많이 들어오고 있어 처리 속도를 늦추고 있습니다. 1분 정도 기다린 뒤 코드명을 확인하고 다시 시도하세요.",
  "error.codename_page_expired.title": "이 코드명 페이지는 만료되었습니다",
  "error.codename_page_expired.body":
    "안전을 위해 새 코드명은 한 시간 안에 같은 브라우저에서 해당 페이지로부터 계속해야 합니다. 아무것도 저장되지 않았습니다. 새 코드명을 받아 그 페이지에서 계속하세요.",
  "error.too_many_new_sources.title": "지금은 새 제보자가 너무 많습니다",
  "error.too_many_new_sources.body":
    "많은 사람이 동시에 시작하고 있어 속도를 늦추고 있습니다. 아무것도 저장되지 않았고, 표시된 코드명은 사용되지 않았습니다. 1분 기다린 뒤 새 코드명을 받으세요.",
  "error.form_rejected.title": "양식을 받을 수 없습니다",
  "error.form_rejected.body":
    "사람에게는 보이지 않는 입력란이 채워져 있었습니다. 자동화 프로그램이 흔히 이렇게 합니다. 아무것도 저장되지 않았습니다. 사람이시라면 페이지를 새로 고친 뒤 다시 보내세요.",
  "error.form_too_large.title": "양식이 너무 큽니다",
  "error.form_too_large.body":
    "아무것도 변경되지 않았습니다. 돌아가서 페이지를 새로 고친 뒤 다시 시도하세요.",
  "error.empty_submission.title": "보낼 내용이 없습니다",
  "error.empty_submission.body": "메시지를 쓰거나 파일을 하나 이상 선택한 뒤 다시 보내세요.",
  "error.message_too_long.title": "메시지가 너무 깁니다",
  "error.message_too_long.body":
    "메시지는 최대 {max, plural, other {#자}}까지 쓸 수 있습니다. 내용을 줄이거나, 텍스트를 파일에 담아 첨부하세요. 아무것도 전송되지 않았습니다.",
  "error.file_too_large.title": "파일이 너무 큽니다",
  "error.file_too_large.body":
    "파일 하나는 최대 {maxFile}까지 보낼 수 있습니다. 더 작은 부분으로 나누거나 여러 번에 걸쳐 보내세요. 아무것도 전송되지 않았습니다.",
  "error.submission_too_large.title": "한 번에 보내는 양이 너무 많습니다",
  "error.submission_too_large.body":
    "한 번에 보낼 수 있는 총량은 최대 {maxTotal}입니다. 파일을 여러 번에 나누어 보내세요. 아무것도 전송되지 않았습니다.",
  "error.too_many_files.title": "파일이 너무 많습니다",
  "error.too_many_files.body":
    "한 번에 파일을 최대 {maxFiles, plural, other {#개}}까지 보낼 수 있습니다. 압축 파일로 묶거나 여러 번에 나누어 보내세요. 아무것도 전송되지 않았습니다.",
  "error.file_name_invalid.title": "사용할 수 없는 파일 이름이 있습니다",
  "error.file_name_invalid.body":
    "파일 이름은 1~255자여야 하며, 슬래시나 보이지 않는 제어 문자를 포함할 수 없습니다. 파일 이름을 바꾼 뒤 다시 보내세요. 아무것도 전송되지 않았습니다.",
  "error.multipart_malformed.title": "업로드된 내용이 손상되었습니다",
  "error.multipart_malformed.body":
    "받은 내용이 불완전하거나 예상한 형식이 아니었습니다. 아무것도 저장되지 않았습니다. 페이지를 새로 고친 뒤 다시 보내세요.",
  "error.channel_unknown.title": "받을 사람을 선택하세요",
  "error.channel_unknown.body":
    "목록에 있는 수신자 중 하나를 골라 다시 보내세요. 아무것도 전송되지 않았습니다.",
  "error.channel_not_ready.title": "이 연락 창구는 아직 준비되지 않았습니다",
  "error.channel_not_ready.body":
    "아직 이곳에서 받을 수 있는 사람이 없어 아무것도 저장되지 않았습니다. 나중에 다시 시도해 주세요.",
  "error.upload_aborted.title": "업로드가 중단되었습니다",
  "error.upload_aborted.body":
    "모든 내용이 도착하기 전에 연결이 끊겨 아무것도 저장되지 않았습니다. 다시 보내세요.",
  "error.storage_unavailable.title": "나중에 다시 시도해 주세요",
  "error.storage_unavailable.body":
    "지금은 서버에 보내신 내용을 저장할 수 없습니다. 이번 시도의 내용은 아무것도 보관되지 않았으며, 이전에 보내신 내용에는 영향이 없습니다. 잠시 후 다시 시도하세요.",
  "error.internal.title": "문제가 발생했습니다",
  "error.internal.body":
    "서버에서 오류가 발생했습니다. 이번 시도의 내용은 아무것도 보관되지 않았습니다. 나중에 다시 시도해 주세요.",
};
