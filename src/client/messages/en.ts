/**
 * Every user-facing string of the recipient app, in one catalogue. Components
 * call `t(key, params)`; `{name}` placeholders are filled with plain text, and
 * the result is always rendered as a text node (never as HTML).
 *
 * The catalogue must name a message for every error code the recipient API
 * sends (src/protocol/errors.ts, audience "recipient") and every client-side
 * failure: `satisfies` makes a missing one a compile error, and one for a
 * code the server never sends is refused by test/errors-catalogue.test.ts.
 */
import type { CodeFor } from "../../protocol/errors.ts";
import type { StrengthReason } from "../passphrase-strength.ts";

/** Failures found in the browser, not reported by the server. */
export type ClientErrorCode = "network" | "unexpected";

export const en = {
  "app.title": "Postern",
  "app.skip": "Skip to content",
  "app.working": "Working…",
  "app.loading": "Loading…",

  "login.title": "Log in",
  "login.username": "Username",
  "login.passphrase": "Passphrase",
  "login.totp": "Six-digit code from your authenticator app",
  "login.submit": "Log in",
  "login.working": "Checking your passphrase. This takes a few seconds…",
  "login.upgrading":
    "Strengthening how your passphrase protects your key, as this server now asks. This takes a few seconds more, once…",
  "login.unwrapFailed":
    "Logged in, but your key did not open with this passphrase. Nothing was decrypted. Log in again; if this keeps happening, ask an administrator.",
  "login.keyMismatch":
    "Logged in, but the key the server holds does not match your passphrase. Do not continue; tell an administrator.",
  "login.sessionEnded": "Your session ended. Log in again to continue.",
  "login.idle": "You were logged out after a period of inactivity.",
  "login.usernameFormat":
    "Enter your username: 3 to 32 lowercase letters, digits, dots, dashes or underscores.",
  "login.passphraseMissing": "Enter your passphrase.",
  "login.totpFormat": "Enter the six-digit code from your authenticator app.",

  "loggedOut.title": "Logged out",
  "loggedOut.body":
    "You are logged out. Your key and everything decrypted have been removed from this tab. Close the tab when you are done.",
  "loggedOut.again": "Log in again",

  "invite.title": "Set up your account",
  "invite.checking": "Checking your invitation…",
  "invite.missing": "This page needs the full invitation link, including the part after “#”.",
  "invite.welcome": "Welcome, {name}.",
  "invite.roleAdmin": "You are invited as an administrator.",
  "invite.roleRecipient": "You are invited as a recipient.",
  "invite.channel": "You will receive submissions to “{channel}”.",
  "invite.kindPq": "Your key will be post-quantum (ML-KEM-768 with X25519).",
  "invite.kindClassic": "Your key will be classic (X25519).",
  "invite.explain":
    "Your passphrase never leaves this browser. It protects the key that decrypts submissions. Nobody, not even an administrator, can recover it: if you forget it, you need a new invitation.",
  "invite.username": "Choose a username",
  "invite.usernameHint": "3 to 32 lowercase letters, digits, dots, dashes or underscores.",
  "invite.passphrase": "Choose a passphrase",
  "invite.passphraseHint":
    "At least {min} characters. Several unusual words, or a mix of letters, digits and symbols.",
  "invite.passphraseConfirm": "Type the passphrase again",
  "invite.submit": "Create my key",
  "invite.working":
    "Creating your key and protecting it with your passphrase. This takes a few seconds…",
  "invite.mismatch": "The two passphrases are different.",
  "invite.weak": "This passphrase is too easy to guess. {advice}",
  "invite.totpTitle": "Set up two-step login",
  "invite.totpExplain":
    "Scan this code with an authenticator app, or type the key below into it. Then enter the six-digit code the app shows.",
  "invite.totpKeyLabel": "Key for your authenticator app",
  "invite.totpQrLabel": "QR code of your authenticator key",
  "invite.totpCode": "Six-digit code",
  "invite.totpSubmit": "Finish",
  "invite.done": "Your account is ready.",

  "strength.label": "Passphrase strength: {word}",
  "strength.0": "very weak",
  "strength.1": "weak",
  "strength.2": "fair",
  "strength.3": "good",
  "strength.4": "strong",
  "strength.empty": "Passphrase strength: not entered yet",
  "strength.reason.too_short": "Use at least {min} characters.",
  "strength.reason.common": "It contains a common password or word.",
  "strength.reason.repeats": "It repeats characters or parts.",
  "strength.reason.sequence": "It contains a sequence like “abc”, “123” or “qwerty”.",
  "strength.reason.one_kind": "Add more words, or mix in capitals, digits or symbols.",
  "strength.reason.personal": "It contains your username.",
  "strength.reason.needs_more": "Make it longer.",

  "nav.inbox": "Inbox",
  "nav.admin": "Administration",
  "nav.logout": "Log out",
  "nav.signedInAs": "Logged in as {name}",
  "nav.label": "Main",

  "inbox.title": "Inbox",
  "inbox.channel": "Channel",
  "inbox.allChannels": "All channels",
  "inbox.search": "Search decrypted text",
  "inbox.searchHint": "Searches only conversations already opened in this tab.",
  "inbox.refresh": "Refresh",
  "inbox.empty": "No sources yet.",
  "inbox.noMatch": "No opened conversation matches “{query}”.",
  "inbox.count": "{shown} of {total} sources",
  "inbox.unread": "{count} unread",
  "inbox.submissions": "Submissions: {count}",
  "inbox.replies": "Replies: {count}",
  "inbox.lastDay": "Last activity {day}",
  "inbox.open": "Open conversation with {designation}",

  "star.on": "Starred",
  "star.glyphOn": "★",
  "star.glyphOff": "☆",
  "star.off": "Star",
  "star.labelOn": "Remove star from {designation}",
  "star.labelOff": "Star {designation}",

  "conv.back": "Back to inbox",
  "conv.title": "Conversation with {designation}",
  "conv.channel": "Channel: {channel}",
  "conv.markUnread": "Mark as unread",
  "conv.markedUnread": "Marked {designation} as unread.",
  "conv.delete": "Delete this source…",
  "conv.deleteConfirmText":
    "This permanently deletes what {designation} sent to {channels} and the replies there (submissions: {submissions}, replies: {replies}), for every member of {channels}. Anything this source sent to channels you are not a member of is kept for those channels' members. It cannot be undone.",
  "conv.deleteConfirm": "Yes, delete permanently",
  "conv.deleteCancel": "Cancel",
  "conv.deleted": "Deleted {designation}.",
  "conv.empty": "This conversation has no items.",
  "conv.submission": "Submission {seq}, {day}",
  "conv.reply": "Reply {seq}, {day}",
  "conv.decrypting": "Decrypting…",
  "conv.undecryptable": "This item could not be decrypted with your key.",
  "conv.malformed": "This submission’s contents list is malformed; it was not shown.",
  "conv.noMessage": "(No message, files only.)",
  "conv.files": "Files",
  "conv.fileSize": "{size}",
  "conv.fileMissing": "Not on the server.",
  "conv.unnamedFile": "Unnamed file",
  "conv.itemsLabel": "Submissions and replies, oldest first",
  "conv.save": "Save",
  "conv.saveLabel": "Save {name}",
  "conv.saving": "Decrypting {name}…",
  "conv.saved": "Saved {name}.",
  "conv.saveFailed": "{name} could not be decrypted; nothing was saved.",
  "conv.fileReplaced":
    "{name} is not the file this submission’s contents list names: it may have been replaced on the server. Nothing was saved; tell an administrator.",
  "conv.fileUnbound":
    "Older submission: this file is not bound to the contents list, so it cannot be checked.",
  "conv.saveCancelled": "Saving cancelled.",
  "conv.progress": "Progress of {name}",

  "reply.title": "Reply",
  "reply.label": "Your reply",
  "reply.hint": "Encrypted in this browser to the source and to every recipient of the channel.",
  "reply.submit": "Encrypt and send",
  "reply.working": "Encrypting and sending…",
  "reply.sent": "Reply sent.",
  "reply.empty": "Write a reply first.",

  "keys.title": "Channel keys",
  "keys.intro":
    "Everything sent to a channel from now on, new submissions and replies alike, is encrypted to every key listed for it: whoever holds one of these keys can read it. Compare each fingerprint with its owner in person or over a channel you trust.",
  "keys.yourKey": "Your key:",
  "keys.yours": "(your key)",
  "keys.noChannels": "You are not a member of any channel.",
  "keys.keys": "Keys ({count})",
  "keys.ownerAccount": "(account)",
  "keys.ownerKey": "(key added on the command line)",
  "keys.changes": "Changes, newest first",
  "keys.noEvents": "No change has been recorded since the log began.",
  "keys.new": "New",
  "keys.channelChanged": "The keys changed since you last checked them.",
  "keys.channelUnchecked": "You have not checked these keys yet.",
  "keys.event.added": "{actor} added {owner} to “{channel}” on {day}.",
  "keys.event.removed": "{actor} removed {owner} from “{channel}” on {day}.",
  "keys.actor.admin": "{name} (administrator)",
  "keys.actor.operator": "The operator (command line)",
  "keys.actor.invite": "An invitation",
  "keys.owner.account": "{name}’s key",
  "keys.owner.key": "the key “{name}”",
  "keys.ack": "I have checked these keys",
  "keys.ackHint": "The warning goes away until the keys change again.",
  "keys.acked": "Keys checked. You will be warned if they change.",
  "keys.review": "Review the keys",
  "keys.warningTitle": "Check who can read your channels",
  "keys.warningChanged": "Keys were added to or removed from {channels} since you last checked.",
  "keys.warningUnchecked": "You have not checked the keys of {channels} yet.",
  "keys.warningWhy":
    "Everything sent to a channel from now on, submissions and your replies, is encrypted to every key on it. Before you reply, make sure you know whose each key is.",
  "keys.loadFailed":
    "The channels’ keys could not be loaded, so a key added without your knowledge would not be shown. Refresh to try again.",

  "nav.channels": "Channel keys",

  "admin.title": "Administration",
  "admin.channels": "Channels",
  "admin.channelRecipients": "Recipients: {list}",
  "admin.none": "none",
  "admin.kind.pq": "post-quantum",
  "admin.kind.classic": "classic",
  "admin.newChannel": "New channel",
  "admin.slug": "Short name (for links)",
  "admin.channelName": "Name",
  "admin.kind": "Key kind",
  "admin.createChannel": "Create channel",
  "admin.channelCreated": "Channel “{name}” created.",
  "admin.accounts": "Accounts",
  "admin.accountLine": "{username} ({name}), {role}",
  "admin.inactive": "(inactive)",
  "admin.role.admin": "administrator",
  "admin.role.recipient": "recipient",
  "admin.newInvite": "Invite someone",
  "admin.inviteName": "Their name",
  "admin.inviteRole": "Role",
  "admin.inviteChannel": "Channel",
  "admin.noChannel": "No channel",
  "admin.createInvite": "Create invitation",
  "admin.inviteLink": "Invitation link (send it privately; it works once)",
  "admin.inviteExpires": "Expires {when}.",
  "admin.membership": "Channel membership",
  "admin.membershipHint":
    "A key added to a channel can read everything sent there from then on. Every change is shown to the channel’s members with your username and the day, and they are warned until they check the new list.",
  "admin.memberUser": "Username",
  "admin.memberChannel": "Channel",
  "admin.memberAdd": "Add to channel",
  "admin.memberRemove": "Remove from channel",
  "admin.memberAdded": "{username} added to {channel}.",
  "admin.memberRemoved": "{username} removed from {channel}.",
  "admin.texts": "Texts for sources",
  "admin.textsHint":
    "Replace any text of the source pages, per language, or add your own paragraph to the start page (org.landing.extra) or the safety guide (org.guide.extra). Keep the {placeholders} of the English text. Leave the box empty to use the built-in text.",
  "admin.textsLocale": "Language",
  "admin.textsKey": "Text",
  "admin.textsEnglish": "Built-in English text",
  "admin.textsValue": "Your text",
  "admin.textsSave": "Save text",
  "admin.textsSaved": "Saved. Sources see it from now on.",

  "size.bytes": "{n} bytes",
  "size.kib": "{n} KiB",
  "size.mib": "{n} MiB",
  "size.gib": "{n} GiB",

  "error.bad_request": "The server did not understand the request. Reload the page and try again.",
  "error.request_too_large":
    "That is more than the server accepts at once. Nothing was changed. Shorten it and try again.",
  "error.unsupported_media_type":
    "The server did not accept the form of this request. Reload the page and try again.",
  "error.csrf_invalid": "Your session could not be verified. Log in again.",
  "error.origin_invalid": "The request came from an unexpected page. Reload and try again.",
  "error.unauthenticated": "Your session ended. Log in again to continue.",
  "error.forbidden": "Your account is not allowed to do this.",
  "error.not_found": "That no longer exists.",
  "error.invite_invalid":
    "This invitation is not valid: it was used already, has expired, or the link is incomplete. Ask for a new one.",
  "error.username_invalid":
    "Usernames are 3 to 32 lowercase letters, digits, dots, dashes or underscores, starting with a letter or digit.",
  "error.username_taken": "That username is taken. Choose another.",
  "error.recipient_invalid":
    "The key made in this browser was refused. Reload the page and try again.",
  "error.login_failed": "Username, passphrase or code is wrong.",
  "error.totp_invalid": "That code is wrong or has expired. Enter the current code from your app.",
  "error.too_many_attempts": "Too many attempts. Wait a few minutes, then try again.",
  "error.reply_invalid":
    "The server refused the encrypted reply. Reload the conversation and try again.",
  "error.reply_too_large": "This reply is too long. Shorten it and try again.",
  "error.source_gone": "This source has been deleted.",
  "error.storage_unavailable":
    "The server cannot store or read anything right now. Try again in a few minutes.",
  "error.internal": "Something went wrong on the server. Try again later.",
  "error.network": "The server could not be reached. Check your connection and try again.",
  "error.unexpected": "Something unexpected happened. Reload the page and try again.",
  "error.slug_invalid":
    "The short name must be 1 to 40 lowercase letters, digits or dashes, and cannot start or end with a dash.",
  "error.name_invalid":
    "A name must be 1 to 200 characters, without control characters, line breaks or direction marks.",
  "error.channel_exists": "A channel with this short name exists already. Choose another.",
  "error.no_such_channel": "There is no such channel. Reload the page to see the current ones.",
  "error.no_such_account": "There is no active account with this username.",
  "error.key_kind_mismatch":
    "This account’s key is not of the channel’s kind (post-quantum or classic), so it cannot read it.",
  "error.texts_invalid":
    "These texts are not in the form the server expects. Nothing was saved. Reload the page and try again.",
  "error.locale_unknown": "“{locale}” is not a language of the source pages. Nothing was saved.",
  "error.text_invalid":
    "The text “{key}” ({locale}) was refused, and nothing was saved. Use the same placeholders in braces as the built-in English text, and no control characters; before a brace, write ’ rather than an apostrophe.",
} as const satisfies Record<`error.${CodeFor<"recipient"> | ClientErrorCode}`, string> &
  Record<`strength.reason.${StrengthReason}`, string> &
  Record<string, string>;

export type MessageKey = keyof typeof en;
export type Params = Readonly<Record<string, string | number>>;

/**
 * The message for `key`, with each `{name}` replaced by `params.name`. An
 * unknown placeholder stays visible rather than silently disappearing.
 */
export function t(key: MessageKey, params: Params = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
