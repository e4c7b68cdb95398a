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
    "Other browsers, even in private mode, can reveal who you are. Download Tor Browser from torproject.org, set its security level to “Safest”, and open our .onion address there.",
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
  "guide.before.tor":
    "Download Tor Browser only from its official site, torproject.org. A copy from anywhere else may have been altered to spy on you.",
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

  "kit.title": "How to contact {org} safely",
  "kit.step1": "Get Tor Browser from torproject.org.",
  "kit.step2": "In Tor Browser, set the Security Level to “Safest”.",
  "kit.step3": "Open our onion address: {address}",
  "kit.step4": "Press “Send us something for the first time” and write the codename down on paper.",
  "kit.step5": "Come back later with your codename to read our reply.",
  "kit.address_label": "Our onion address",
  "kit.verify": "Check this address against our signed statement. Key fingerprint: {fingerprint}",
  "kit.scan": "Scan to copy the address",
  "kit.video_intro":
    "Do you know something {org} should know? Here is how to tell us safely, without revealing who you are.",
  "kit.video_outro": "We read everything. Never contact us from an account linked to you.",

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
