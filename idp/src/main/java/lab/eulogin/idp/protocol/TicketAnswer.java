package lab.eulogin.idp.protocol;

import lab.eulogin.idp.sessions.SignInAnswer;
import lab.eulogin.idp.sessions.SsoSession;

/** CAS's answer: a service ticket on the service address; with gateway and no sign-in, the address alone. */
record TicketAnswer(ServiceTickets tickets, String service, String serviceId) implements SignInAnswer {

    @Override
    public String signedIn(SsoSession sso, boolean fromSso) {
        ServiceTicket ticket = tickets.issue(sso, service, serviceId, fromSso);
        return withTicket(service, ticket.id());
    }

    @Override
    public String notSignedIn() {
        return service;
    }

    /** The service address with {@code ticket=} added to its query, before any fragment. */
    static String withTicket(String service, String ticket) {
        int hash = service.indexOf('#');
        String base = hash < 0 ? service : service.substring(0, hash);
        String fragment = hash < 0 ? "" : service.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + "ticket=" + ticket + fragment;
    }
}
