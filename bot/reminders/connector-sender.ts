// The nudges' sender: a proactive digest posted to the Bot Framework connector REST API
// (POST {serviceUrl}/v3/conversations/{id}/activities) through the person's stored conversation
// reference, or — for a person who has never spoken to the bot — a new 1:1 conversation first,
// recorded for next time: POST /v3/conversations with the tenant id (which Teams requires), or,
// when configured, the app installed for them through Graph and its 1:1 chat (graph-app-installer).
// Direct REST rather than botbuilder's CloudAdapter: the SDK's HTTP pipeline retries 429 and 5xx
// on its own (we measured three requests for one send), which would hide them from the ledger's
// attempts and from the shared rate limiter. Here every request is one booked slot.
import type { AppDeps } from '../../src/app/deps.js';
import {
  outcomeForStatus,
  retryAfterMs,
  type Digest,
  type DigestSender,
  type SendOutcome,
} from '../../src/app/nudges/index.js';
import type { ConversationRecord } from '../../src/domain/ports/store.js';
import { attachment } from '../cards/index.js';
import { conversationFor } from '../conversations/index.js';
import { digestCard, digestHeadline, type TabLink } from './digest-card.js';
import type { AppInstaller } from './graph-app-installer.js';
import { channelBasis, rememberConversation, type TenantDefaults } from './new-conversation.js';
import { blockedReason } from './teams-refusal.js';
import { createPostJson, type JsonAnswer, type PostJson } from './post-json.js';

export interface ConnectorSenderOptions {
  deps: AppDeps;
  /** A Bot Framework token (tenant mode); none locally, where the connector is a stand-in. */
  getToken?: () => Promise<string>;
  /** The HTTP client (default: node:http with keep-alive, post-json.ts). */
  postJson?: PostJson;
  /** When set, a never-contacted person gets the app installed (Graph), not /v3/conversations. */
  installer?: AppInstaller;
  /** Service URL, tenant and bot to use before any conversation is known. */
  defaults?: TenantDefaults;
  /** Links to tab pages (spot checks, action plans), resolved once per send. */
  tabLink?: () => Promise<TabLink>;
}

export function digestActivity(digest: Digest, link?: TabLink): Record<string, unknown> {
  return {
    type: 'message',
    summary: digestHeadline(digest.items),
    attachments: [attachment(digestCard(digest, link))],
    // The marker lets a reconciler recognise this digest after a crash (README "Exactly once").
    channelData: { notification: { alert: true }, goldenThreadDigest: digest.marker },
  };
}

function join(serviceUrl: string, path: string): string {
  return `${serviceUrl.replace(/\/+$/, '')}${path}`;
}

export function createConnectorDigestSender(o: ConnectorSenderOptions): DigestSender {
  const postJson = o.postJson ?? createPostJson();
  async function post(url: string, body: unknown): Promise<JsonAnswer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (o.getToken) headers.authorization = `Bearer ${await o.getToken()}`;
    // A redirect is refused, not followed: the Bot Connector answers a POST where it was sent, and
    // following one would re-send the card (and its bearer token) elsewhere. postJson never
    // follows one; its 3xx status counts as a refusal below.
    return postJson(url, body, headers);
  }

  const failed = (r: JsonAnswer): SendOutcome =>
    outcomeForStatus(
      r.status,
      // A blocked bot is told apart from other refusals, with Teams' sub-code (teams-refusal.ts).
      blockedReason(r.status, r.json) ??
        String(r.json?.error?.message ?? `HTTP ${r.status}`).slice(0, 300),
      retryAfterMs(r.retryAfter),
    );

  /** Opens the 1:1 chat with a person by their Entra object id, in a known tenant. */
  async function open(personId: string): Promise<ConversationRecord | SendOutcome> {
    const basis = await channelBasis(o.deps, o.defaults);
    if ('kind' in basis) return basis;
    const r = await post(join(basis.serviceUrl, '/v3/conversations'), {
      isGroup: false,
      bot: basis.bot,
      members: [{ id: personId }],
      tenantId: basis.tenantId,
      channelData: basis.tenantId ? { tenant: { id: basis.tenantId } } : undefined,
    });
    if (r.status >= 300 || typeof r.json?.id !== 'string') return failed(r);
    return rememberConversation(o.deps, personId, basis, r.json.id);
  }

  /** Installs the app for the person through Graph; its 1:1 chat is the conversation. */
  async function install(
    installer: AppInstaller,
    personId: string,
  ): Promise<ConversationRecord | SendOutcome> {
    const basis = await channelBasis(o.deps, o.defaults);
    if ('kind' in basis) return basis;
    const chat = await installer.chatFor(personId);
    if ('kind' in chat) return chat;
    return rememberConversation(o.deps, personId, basis, chat.chatId);
  }

  // Only a digest with something answered in the tab needs links (and, in a tenant, the app id).
  async function linkFor(digest: Digest): Promise<TabLink | undefined> {
    return o.tabLink && digest.items.some((i) => i.page) ? o.tabLink() : undefined;
  }

  return {
    async send(digest) {
      try {
        let record: ConversationRecord | SendOutcome | null = await conversationFor(
          o.deps,
          digest.recipientId,
        );
        if (!record) {
          record = o.installer
            ? await install(o.installer, digest.recipientId)
            : await open(digest.recipientId);
        }
        if ('kind' in record) return record;
        const id = encodeURIComponent(record.conversationId);
        const r = await post(
          join(record.serviceUrl, `/v3/conversations/${id}/activities`),
          digestActivity(digest, await linkFor(digest)),
        );
        if (r.status >= 300) return failed(r);
        return { kind: 'sent', activityId: typeof r.json?.id === 'string' ? r.json.id : null };
      } catch (err) {
        // Network failure: the request may not have reached Teams; retried as transient.
        return { kind: 'transient', status: null, message: String((err as Error).message ?? err) };
      }
    },
  };
}
