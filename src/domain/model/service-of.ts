// An indicator's service, looked up in one way everywhere: import may create an indicator before
// its service is known (serviceId null, or '' in files written before null was allowed), and
// every reader treats that as "no service" rather than looking up a missing id.
export function serviceOf<S>(
  services: ReadonlyMap<string, S>,
  serviceId: string | null | undefined,
): S | undefined {
  return serviceId ? services.get(serviceId) : undefined;
}
