// A link that opens one page of the tab: `#/<page>` on this server, or in a tenant a Teams deep
// link to the personal tab (`my-work`) whose subEntityId the tab reads as the same route. The shape
// follows "Deep link to an application" (browse within your app):
// https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application
// https://teams.microsoft.com/l/entity/<appId>/<entityId>?tenantId=…&webUrl=…&label=…&context=…
// with every parameter URI-encoded, as the guide asks.

export interface TabLinkOptions {
  /** Public address of this server, for the tab outside Teams. */
  baseUrl: string;
  /**
   * The Teams app id the link opens the personal tab with: the app's id in the organisation's
   * catalogue once it is uploaded there, else its manifest id (server/teams-link-app-id.ts).
   */
  teamsAppId?: string;
  /** The council's tenant, so Teams opens the link in it (people with guest accounts elsewhere). */
  tenantId?: string;
}

/** `page` is the tab's route without `#/`, e.g. `reports?period=2025%2F26%20Q2`. */
export function tabPageUrl(page: string, label: string, options: TabLinkOptions): string {
  const onServer = `${options.baseUrl.replace(/\/$/, '')}/#/${page}`;
  if (!options.teamsAppId) return onServer;
  const query = new URLSearchParams();
  if (options.tenantId) query.set('tenantId', options.tenantId);
  // Where a client cannot show the tab (a browser outside Teams), it opens this instead.
  query.set('webUrl', onServer);
  query.set('label', label);
  query.set('context', JSON.stringify({ subEntityId: page }));
  // URLSearchParams writes spaces as '+'; Teams' guide shows them as %20.
  const encoded = query.toString().replace(/\+/g, '%20');
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(options.teamsAppId)}/my-work?${encoded}`;
}
