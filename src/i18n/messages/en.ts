/**
 * English: the reference catalogue. Every other locale must have exactly
 * these keys and read the same arguments (a test checks). Messages are ICU
 * MessageFormat: `{org}`, and counts as `{n, plural, one {# file} other {# files}}`
 * with the plural cases of each language (Intl.PluralRules). A lone ' is an
 * apostrophe, but '{ starts quoted text: prefer ’ in prose.
 * Tone: calm, precise, no jargon; say what happened and what to do next.
 *
 * `guide.*` is the safety guide (a source page, and part of the outreach kit);
 * `kit.*` are the outreach kit's own texts (cards, images, videos).
 */
export const en = {
  "meta.title": "{org} — secure contact",
  "meta.language": "Language",
  "nav.home": "Start page",
  "footer.nojs":
    "These pages work with JavaScript turned off. In Tor Browser, choose the “Safest” security level.",
  "footer.logout": "Log out",
  "nav.quickexit": "Leave quickly",
  "nav.guide": "Safety guide",
  "warning.js.title": "JavaScript is turned on",
  "warning.js.body":
    "For your safety, turn it off: in Tor Browser, open Settings → Privacy & Security → Security Level, and choose “Safest”. Then reload this page.",
  "warning.browser.title": "This is not Tor Browser",
  "warning.browser.body":
    "Other browsers, even in private mode, can reveal who you are. Download Tor Browser from torproject.org (if it is blocked, our safety guide says what to do), set its security level to “Safest”, and open our .onion address there.",
  // Onion Browser looks like Safari on purpose (onionbrowser.com/faqs): on an iPhone or iPad, say what to use there.
  // source: https://support.torproject.org/tormobile/tormobile-3/ ; Onion Browser SecurityPresetsRow.swift (Gold = JavaScript off)
  "warning.browser.ios":
    "On iPhone or iPad, use Onion Browser with its security level set to “Gold”, and open our .onion address there. Other browsers can reveal who you are.",
  "warning.onion.title": "You are not using our onion address",
  "warning.onion.body":
    "Open this page in Tor Browser at our .onion address, which you can check against our published, signed statement. Other ways of reaching us can reveal who you are.",
  "warning.tor2web.title": "This connection is not anonymous",
  "warning.tor2web.body":
    "You are reaching us through a web proxy that can see who you are and what you send. Close this page and open our .onion address in Tor Browser instead.",

  "landing.title": "Contact {org} securely",
  "landing.intro":
    "You can send us messages and files here without telling us who you are. Everything you send is encrypted on this server before it is stored, and only the people at {org} who are named to receive it can read it.",
  "landing.start": "Send us something for the first time",
  "landing.start.hint":
    "We will give you a codename. It lets you come back to send more and to read our replies.",
  "landing.returning": "I already have a codename",
  "landing.returning.hint": "Log in with your codename to send more.",
  "landing.guide": "Before you send anything, read our safety guide.",
  "landing.blocked":
    "Tor blocked where you are, or using a phone? Our safety guide explains what to do.",

  "codename.title": "Your codename",
  "codename.intro":
    "This is your codename. It is the only way back to this conversation. We cannot show it to you again, and we cannot recover it for you.",
  "codename.keep.title": "Keep it safe",
  "codename.keep.1":
    "Write it on paper, or memorize it. Do not save it on a device that is linked to you.",
  "codename.keep.2": "Do not share it: anyone who has it can read our replies to you.",
  "codename.keep.3": "Nobody from {org} will ever ask you for it.",
  "codename.continue": "I have written it down — continue",

  "form.title": "Send a message or files",
  "form.channel": "Who should receive this?",
  "form.message": "Your message",
  "form.message.hint":
    "Up to {max, plural, one {# character} other {# characters}}. Tell us what you are sending and why it matters.",
  "form.files": "Files",
  "form.files.hint":
    "Up to {maxFiles, plural, one {# file} other {# files}}, {maxFile} each, {maxTotal} in total. Files can carry hidden information about you (author names, locations, device details): remove it before you send if you can.",
  "form.send": "Send securely",
  "form.send.hint":
    "Large files can take a long time over Tor. Keep this tab open until you see the confirmation.",

  "received.title": "Received",
  "received.body":
    "Your submission was encrypted and stored. Only the named recipients at {org} can read it.",
  "received.files": "{files, plural, one {# file received.} other {# files received.}}",
  "received.next":
    "We read everything we receive, but we may not reply, or may reply late. To check for replies, come back with your codename.",
  "received.more": "Send something else",

  "login.title": "Log in with your codename",
  "login.codename": "Your codename",
  "login.hint":
    "The words you wrote down, with spaces between them. Any language we gave it to you in works.",
  "login.submit": "Continue",

  "source.title": "Welcome back",
  "source.replies": "There are no replies for you yet.",
  "replies.title": "Replies from {org}",
  "replies.hint": "Delete each reply once you have read it. A deleted reply is gone for good.",
  "replies.meta": "Sent on {day}",
  "replies.delete": "I have read it — delete",
  "replies.unreadable":
    "{count, plural, one {One of our replies could not be opened. It may be damaged; we will send it again if it mattered.} other {# of our replies could not be opened. They may be damaged; we will send them again if they mattered.}}",

  "logout.title": "You are logged out",
  "logout.body":
    "To leave no trace in this browser, now use Tor Browser’s “New Identity” (the broom icon, or Ctrl+Shift+U), which closes this tab and clears its data.",

  "guide.title": "Safety guide",
  "guide.intro":
    "These steps protect you when you contact {org}. Read them all before you start: it takes a few minutes.",
  "guide.before.title": "Before you contact us",
  "guide.before.device":
    "Use a device and a network that are not linked to you. Never use a work or home network that is, or may be, monitored; a public network you do not usually use is safer.",
  // source: https://tb-manual.torproject.org/downloading/ ; https://tb-manual.torproject.org/mobile-tor/#download-and-install
  "guide.before.tor":
    "Get Tor Browser only from the Tor Project: its site torproject.org, its official mirrors, its GetTor service, or the official app store on a phone (see below). A copy from anywhere else may have been altered to spy on you.",
  "guide.before.safest":
    "In Tor Browser, open Settings → Privacy & Security → Security Level, and choose “Safest”. Our pages work at this level.",
  "guide.before.verify":
    "Check our onion address before you send anything. It must match the address in our signed statement character for character: a fake site can look exactly like ours, but it cannot have our address.",
  "guide.before.fingerprint":
    "Our statement is signed with our public key. Check that the key’s fingerprint is the same everywhere we publish it: on our website, in our posts, on our printed material. If an address or a fingerprint differs anywhere, do not use it.",
  "guide.before.address": "Our onion address",
  "guide.before.key": "Our public key fingerprint",
  "guide.send.title": "What to send, and how to remove metadata",
  "guide.send.what":
    "Send what shows the problem: documents, photos, and your own account of it. Explain how we could check it, without saying who you are.",
  "guide.send.metadata":
    "Files carry hidden information called metadata: the author’s name, the device used, dates, and for photos often the place where they were taken. Remove it before you send if you can, for example with a metadata removal tool, or by sending a new copy that keeps only the content.",
  "guide.send.screens":
    "A photo or screenshot of a screen can reveal you: it may show your name, your account, your settings or the time, and some documents are made slightly different for each person who receives them.",
  "guide.send.printers":
    "Many colour printers add tiny yellow dots, almost invisible, that record the printer’s serial number and the time of printing. Do not send scans or photos of pages printed on a printer that can be linked to you.",
  "guide.send.retype":
    "When you can, re-type the passages that matter instead of sending the document itself: re-typed excerpts carry the fewest hidden marks.",
  "guide.codename.title": "How to keep your codename",
  "guide.codename.paper":
    "Write your codename on paper, by hand. Never keep it in a phone, a computer, a password manager or a cloud service: they can be searched, synced or backed up without you noticing.",
  "guide.codename.keep":
    "Keep the paper where only you can reach it, and destroy it when you no longer need it. Anyone who has your codename can read our replies to you.",
  "guide.next.title": "What happens next",
  "guide.next.read": "We read everything we receive.",
  "guide.next.reply":
    "We may not reply, or may reply late. To check, come back from time to time, following this guide again, and log in with your codename.",
  "guide.next.accounts":
    "Never contact us from an account that can be linked to you: not from your email, your phone number or your social media. Use only this page.",
  "guide.after.title": "Leave no trace afterwards",
  "guide.after.identity":
    "When you have finished, use Tor Browser’s “New Identity” (the broom icon, or Ctrl+Shift+U), then close Tor Browser.",
  "guide.after.files":
    "Do not save files from us on a shared device, or on one that is linked to you. Read our replies here, then delete them.",

  // ---- Is it safe to have Tor? (issue #14). The facts behind each text are cited beside it; the
  // organization adds what is true in its sources' country with org.guide.risk.
  "guide.risk.title": "Is it safe to have Tor?",
  // source: https://support.torproject.org/tbb/tbb-3/ ; https://tb-manual.torproject.org/bridges/ ;
  //   https://safety.rsf.org/tor-bridges-a-way-to-keep-using-tor-in-countries-that-block-it
  "guide.risk.visible":
    "In some places, having Tor on a device, or being seen using it, can itself bring trouble. Whoever runs your network can often tell that you use Tor, but not which sites you visit. Bridges (below) make this harder to see, not impossible.",
  // source: general advice, as guide.before.device; https://support.torproject.org/faq/staying-anonymous/
  "guide.risk.device":
    "Use a phone or computer that is yours alone: not a work device, and not one that an employer, a school or a relative manages or checks. Such devices can record what you do on them.",
  // source: inference: search history and visits to torproject.org are visible to whoever watches the device or network
  "guide.risk.search":
    "Do not search for Tor, or for us, on a device or network that is watched: the search itself can be seen. Start from a device and a network that are not linked to you.",
  // source: https://tb-manual.torproject.org/uninstalling/ ; https://tb-manual.torproject.org/mobile-tor/#uninstall
  "guide.risk.remove":
    "When you have finished, you can remove Tor Browser: on a phone, uninstall the app; on a computer, delete the Tor Browser folder and the file you downloaded, then empty the trash.",
  // source: https://rorypecktrust.org/how-we-help/freelance-resources/digital-security/border-crossings-and-checkpoints/
  //   (devices inspected at checkpoints); app stores keep a list of installs (Apple: "Hide purchases"; Google Play library)
  "guide.risk.traces":
    "Removing it does not erase every trace. App stores keep a list of what you installed, and a device that is examined closely can reveal more. If your phone may be checked, for example at a checkpoint, think about this before you install anything.",

  // ---- If Tor is blocked. Addresses and bot names are arguments (src/core/tor-project.ts): set once,
  // never translated, kept left-to-right in right-to-left text.
  "guide.blocked.title": "If Tor is blocked",
  // source: https://tb-manual.torproject.org/circumvention/ ; https://tb-manual.torproject.org/bridges/
  "guide.blocked.intro":
    "If Tor Browser cannot connect, your network may be blocking Tor. Tor Browser can get around this with bridges: hidden entry points that make your connection harder to recognise. They can be slower.",
  // source: https://tb-manual.torproject.org/running-tor-browser/#connection-assist ; https://support.torproject.org/glossary/connection-assist/
  "guide.blocked.assist":
    "First let Tor Browser choose: when connecting fails, press “Try a bridge”. This is Connection Assist: it picks the bridge most likely to work where you are. If it asks, choose your country or region.",
  // source: https://tb-manual.torproject.org/circumvention/#using-pluggable-transports ;
  //   https://tb-manual.torproject.org/mobile-tor/#configure-censorship-circumvention
  "guide.blocked.builtin":
    "If that fails, choose a bridge yourself, and try one after another. On a computer: menu (≡) → Settings → Connection → “Select a Built-In Bridge”. On Android: Settings → Config Bridge → “Use a Bridge”. The choices:",
  // source: https://tb-manual.torproject.org/circumvention/ ; https://support.torproject.org/censorship/what-is-snowflake/
  "guide.blocked.snowflake":
    "Snowflake: passes your connection through volunteers’ computers and makes it look like a video call. Often works where others are blocked, but can be slow.",
  // source: https://support.torproject.org/glossary/obfs4/ ; https://support.torproject.org/censorship/connecting-from-china/
  "guide.blocked.obfs4":
    "obfs4: makes your connection look like random noise. Works in many places, but in some countries the built-in obfs4 bridges are blocked and you need new ones (see below).",
  // source: https://support.torproject.org/glossary/meek/ ; RSF's bridges guide (hosted on large cloud services)
  "guide.blocked.meek":
    "meek: makes your connection look like a visit to a large, ordinary website. Slow, but hard to block: try it when the others fail.",
  // source: https://support.torproject.org/glossary/webtunnel/ ; https://tb-manual.torproject.org/bridges/
  //   (not in Tor Browser's built-in list as of the 2025 manual: it is requested)
  "guide.blocked.webtunnel":
    "WebTunnel: makes your connection look like a normal visit to a secure website. It is not in the built-in list: ask for WebTunnel bridges (below).",
  // source: https://tb-manual.torproject.org/bridges/#request-bridges-from-within-tor-browser ; https://support.torproject.org/glossary/moat/
  "guide.blocked.request":
    "On a computer you can also ask for new bridges from inside Tor Browser: in the same settings choose “Request bridges”, solve the small puzzle, and connect.",
  // source: https://tb-manual.torproject.org/bridges/#obtain-bridges-from-the-bridges-website
  "guide.blocked.ask":
    "Or ask the Tor Project for bridges: at bridges.torproject.org, or, if that site is blocked, like this:",
  // source: https://tb-manual.torproject.org/bridges/#obtain-bridges-via-telegram (the commands have changed; no command is named)
  "guide.blocked.telegram":
    "Telegram: write to {bridgesBot}, the Tor Project’s bot. Press “Start”, then ask for obfs4 or WebTunnel bridges, and copy what it sends.",
  // source: https://tb-manual.torproject.org/bridges/#obtain-bridges-via-email ; rdsys doc/distributors.md ("get transport obfs4")
  "guide.blocked.email":
    "Email: write to {bridgesEmail} from a Gmail or Riseup address (it does not answer others), with “get transport obfs4” as the message.",
  // source: https://tb-manual.torproject.org/bridges/#entering-bridge-addresses
  "guide.blocked.paste":
    "You will receive a few lines of text: the bridge addresses. In Tor Browser choose “Add new bridges” (computer) or “Provide a Bridge I know” (Android), and paste them, one per line.",
  // source: inference (the provider of the account sees the exchange); SecureDrop's source guide said the same of GetTor
  "guide.blocked.seen":
    "Telegram, Gmail and Riseup can see that you asked. If you can, use an account that is not in your name, and delete the messages afterwards.",
  // source: https://tb-manual.torproject.org/circumvention/ ; https://support.torproject.org/censorship/connecting-from-russia/
  "guide.blocked.help":
    "If nothing works, the Tor Project’s help desk can send private bridges: write to {helpEmail} with “private bridge” and your country’s two-letter code as the subject (for example “private bridge ru”), or to {helpBot} on Telegram.",

  // ---- If you cannot download Tor Browser.
  "guide.get.title": "If you cannot download Tor Browser",
  // source: https://support.torproject.org/censorship/gettor-1/ ; https://tb-manual.torproject.org/downloading/
  "guide.get.intro":
    "If torproject.org is blocked, get Tor Browser from the Tor Project in another way. Never install a copy that someone else sends you.",
  // source: https://tb-manual.torproject.org/downloading/#to-use-gettor-via-telegram
  "guide.get.telegram":
    "Telegram: write to {gettorBot}, press “Start”, choose your language, then “Send me Tor Browser” and your system. It sends the file itself.",
  // source: https://tb-manual.torproject.org/downloading/#to-use-gettor-via-email ; https://support.torproject.org/censorship/gettor-2/
  //   (the pages disagree on subject or body: the word goes in both)
  "guide.get.email":
    "Email: write to {gettorEmail} with one word as the subject and as the message: windows, macos, linux or android. The answer contains download links.",
  // source: https://tb-manual.torproject.org/downloading/#mirrors
  "guide.get.mirrors": "Official copies of the Tor Project’s website: {mirror1} and {mirror2}.",
  // source: https://tb-manual.torproject.org/mobile-tor/#download-and-install ; https://support.torproject.org/tormobile/tormobile-3/
  "guide.get.phone":
    "On a phone you can also use the official app store: “Tor Browser” on Google Play, or “Onion Browser” on the App Store. Beware of look-alike apps with similar names.",

  // ---- On a phone.
  "guide.phone.title": "On a phone",
  // source: https://tb-manual.torproject.org/mobile-tor/ ; https://support.torproject.org/tormobile/tormobile-3/
  "guide.phone.intro":
    "Our pages work on a phone. Open them only in Tor Browser (Android) or Onion Browser (iPhone, iPad), never in your usual browser.",
  // source: https://tb-manual.torproject.org/mobile-tor/#connect
  "guide.phone.android.connect":
    "Android: open Tor Browser and press “Connect”. If it fails, press “Try a bridge”, or see “If Tor is blocked” above.",
  // source: https://tb-manual.torproject.org/mobile-tor/#security-levels ; https://tb-manual.torproject.org/security-settings/
  "guide.phone.android.safest":
    "Then set the strictest level: menu (⋮) → Settings → Security Level (under “Privacy and security”) → “Safest” → “Save and restart”. This turns JavaScript off.",
  // source: https://tb-manual.torproject.org/mobile-tor/#known-issues ("New Identity" is not available on Android)
  "guide.phone.android.after":
    "Tor Browser for Android has no “New Identity” button. When you finish, close all tabs, then close the app completely.",
  // source: https://tb-manual.torproject.org/mobile-tor/#tor-ios ; https://onionbrowser.com/faqs (Orbot is safer than the built-in Tor)
  "guide.phone.ios.app":
    "iPhone and iPad: there is no Tor Browser. Use Onion Browser, which the Tor Project recommends. When it asks, install and use Orbot, a free app it works with: that is safer than Onion Browser’s built-in Tor.",
  // source: Onion Browser SettingsViewController.swift ("Default Security"), SecurityPresetsRow.swift (Gold = JavaScript off)
  "guide.phone.ios.gold":
    "Then set the strictest level: Settings → Default Security → “Gold”. Gold turns JavaScript off.",
  // source: orbot-apple Shared/en.lproj/Localizable.strings ("Choose How to Connect", "Built-in Bridges (obfs4)", "Custom Bridges")
  "guide.phone.ios.bridges":
    "If Orbot cannot connect, open Orbot and choose another way to connect, such as Snowflake or “Built-in Bridges (obfs4)”, or paste bridges you asked for under “Custom Bridges”.",
  // source: https://support.torproject.org/tormobile/tormobile-3/ ; https://onionbrowser.com/faqs
  "guide.phone.ios.limits":
    "Apple makes every browser on iPhone use its own engine, so Onion Browser cannot protect you as fully as Tor Browser. If you can choose, use Tor Browser on a computer or on Android.",
  // source: Onion Browser Resources/Info.plist (home-screen shortcut "Clear Data")
  "guide.phone.ios.after":
    "When you finish, press and hold the Onion Browser icon and choose “Clear Data”.",
  // Shown only where the codename's word list is typed by four letters (crypto/codename.ts).
  "guide.phone.codename":
    "On a phone, you may type only the first four letters of each word of your codename.",

  // ---- Links inside apps.
  "guide.links.title": "Never open our address inside an app",
  // source: https://support.torproject.org/onionservices/onionservices-2/ ; RFC 7686 §4 (a .onion name looked up outside Tor
  //   is disclosed); Felix Krause, 2022, on Instagram's and Facebook's in-app browsers injecting script
  "guide.links.inapp":
    "If you see our address in Telegram, Instagram, Facebook or X, do not tap it. These apps open links in their own built-in browser: it cannot open .onion addresses, it may reveal the address to your network, and it lets the app watch what you do on the page.",
  "guide.links.copy":
    "Instead, press and hold the address and choose “Copy”. Open Tor Browser or Onion Browser, paste it into the address bar, and check that it matches our address exactly.",
  "guide.links.qr":
    "The same goes for our QR code: when your camera offers to open the link, choose “Copy” instead, and paste it into Tor Browser or Onion Browser.",

  "kit.title": "How to contact {org} safely",
  // source: https://tb-manual.torproject.org/mobile-tor/ ; https://support.torproject.org/tormobile/tormobile-3/
  "kit.step1":
    "Get Tor Browser (computer, Android) or Onion Browser (iPhone) from an official source.",
  // source: https://tb-manual.torproject.org/security-settings/ ; Onion Browser SecurityPresetsRow.swift
  "kit.step2": "Set the strictest level: “Safest” in Tor Browser, “Gold” in Onion Browser.",
  "kit.step3": "Open our onion address: {address}",
  "kit.step4": "Press “Send us something for the first time” and write the codename down on paper.",
  "kit.step5": "Come back later with your codename to read our reply.",
  "kit.address_label": "Our onion address",
  "kit.verify": "Check this address against our signed statement. Key fingerprint: {fingerprint}",
  "kit.scan": "Scan to copy the address",
  "kit.video_intro":
    "Do you know something {org} should know? Here is how to tell us safely, without revealing who you are.",
  "kit.video_outro": "We read everything. Never contact us from an account linked to you.",
  // The kit's short forms of the guide's sections (same sources as the guide.* texts above).
  "kit.inapp":
    "Do not tap our address in Telegram, Instagram, Facebook or X: copy it and paste it into Tor Browser.",
  "kit.blocked.title": "Tor blocked?",
  "kit.blocked":
    "In Tor Browser press “Try a bridge”, or pick Snowflake, obfs4 or meek in its connection settings.",
  "kit.blocked.ask":
    "New bridges: Telegram {bridgesBot} · email {bridgesEmail} (from Gmail or Riseup only)",
  "kit.get":
    "torproject.org blocked? Telegram {gettorBot} · email {gettorEmail} · {mirror1} · {mirror2}",
  "kit.phone": "On a phone: Tor Browser on Android (“Safest”), Onion Browser on iPhone (“Gold”).",
  "kit.risk":
    "Having Tor can be risky in some places. Use a device that is yours alone, never a work device.",
  "kit.video_blocked": "Tor blocked? Press “Try a bridge”. New bridges on Telegram: {bridgesBot}",

  "error.back": "Go back and try again",
  "error.code": "Error code: {code}",
  "error.not_found.title": "Page not found",
  "error.not_found.body":
    "This page does not exist. Check the address, or go back to the start page.",
  "error.method_not_allowed.title": "Not allowed",
  "error.method_not_allowed.body": "This page cannot be used this way. Go back to the start page.",
  "error.unsupported_media_type.title": "The form was not sent correctly",
  "error.unsupported_media_type.body":
    "Your browser sent the form in a format we do not accept. Reload the page and try again.",
  "error.session_expired.title": "Your session has ended",
  "error.session_expired.body":
    "For your safety, sessions end after a while. Nothing you sent before is lost. Log in again with your codename, or start again if you do not have one.",
  "error.csrf_invalid.title": "This form has expired",
  "error.csrf_invalid.body":
    "The form was open too long or came from another page. Nothing was sent. Reload the page and send again.",
  "error.codename_empty.title": "Enter your codename",
  "error.codename_empty.body": "The codename field was empty. Type the words you wrote down.",
  "error.codename_too_long.title": "That is too long to be a codename",
  "error.codename_too_long.body": "A codename is twelve words. Check what you typed and try again.",
  "error.codename_mistyped.title": "This codename looks mistyped",
  "error.codename_mistyped.body":
    "One of the words is not in our word lists, or the words are out of order. Check each of the twelve words against what you wrote down.",
  "error.codename_unknown.title": "We do not know this codename",
  "error.codename_unknown.body":
    "The words are valid, but no submission was ever made with this codename. If you never finished sending anything, start again to get a new codename.",
  "error.too_many_attempts.title": "Too many attempts right now",
  "error.too_many_attempts.body":
    "We are receiving many wrong codenames at the moment, so we are slowing down. Wait a minute, check your codename, and try again.",
  "error.codename_page_expired.title": "This codename page has expired",
  "error.codename_page_expired.body":
    "For your safety, a new codename must be continued from its page within an hour, in the same browser. Nothing was stored. Get a new codename and continue from its page.",
  "error.too_many_new_sources.title": "Too many new sources right now",
  "error.too_many_new_sources.body":
    "Many people are starting at the same moment, so we are slowing down. Nothing was stored, and the codename you were shown was not used. Wait a minute, then get a new codename.",
  "error.form_rejected.title": "The form could not be accepted",
  "error.form_rejected.body":
    "A field that people never see was filled in, as automated programs do. Nothing was stored. If you are a person, reload the page and send again.",
  "error.form_too_large.title": "The form was too large",
  "error.form_too_large.body": "Nothing was changed. Go back, reload the page and try again.",
  "error.empty_submission.title": "Nothing to send",
  "error.empty_submission.body": "Write a message or choose at least one file, then send again.",
  "error.message_too_long.title": "Your message is too long",
  "error.message_too_long.body":
    "Messages can be up to {max, plural, one {# character} other {# characters}} long. Shorten it, or put the text in a file and attach it. Nothing was sent.",
  "error.file_too_large.title": "A file is too large",
  "error.file_too_large.body":
    "Each file can be up to {maxFile}. Split it into smaller parts or send it in several submissions. Nothing was sent.",
  "error.submission_too_large.title": "Too much at once",
  "error.submission_too_large.body":
    "One submission can hold up to {maxTotal} in total. Send the files in several submissions. Nothing was sent.",
  "error.too_many_files.title": "Too many files",
  "error.too_many_files.body":
    "One submission can hold up to {maxFiles, plural, one {# file} other {# files}}. Put them in an archive, or send them in several submissions. Nothing was sent.",
  "error.file_name_invalid.title": "A file name cannot be used",
  "error.file_name_invalid.body":
    "File names must be 1 to 255 characters, without slashes or invisible control characters. Rename the file and send again. Nothing was sent.",
  "error.multipart_malformed.title": "The upload was damaged",
  "error.multipart_malformed.body":
    "What arrived was incomplete or not in the expected form. Nothing was stored. Reload the page and send again.",
  "error.channel_unknown.title": "Choose who should receive this",
  "error.channel_unknown.body":
    "Pick one of the listed recipients and send again. Nothing was sent.",
  "error.channel_not_ready.title": "This contact point is not ready",
  "error.channel_not_ready.body":
    "Nobody can receive submissions here yet, so nothing was stored. Please try again later.",
  "error.upload_aborted.title": "The upload was interrupted",
  "error.upload_aborted.body":
    "The connection ended before everything arrived, so nothing was stored. Send again.",
  "error.storage_unavailable.title": "Please try again later",
  "error.storage_unavailable.body":
    "The server cannot store submissions right now. Nothing from this attempt was kept, and nothing you sent before is affected. Try again in a while.",
  "error.internal.title": "Something went wrong",
  "error.internal.body":
    "The server made an error. Nothing from this attempt was kept. Please try again later.",
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;
