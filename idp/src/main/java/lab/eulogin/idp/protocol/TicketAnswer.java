package lab.eulogin.idp.protocol;

import lab.eulogin.idp.sessions.SignInAnswer;
import lab.eulogin.idp.sessions.SsoSession;

/** CAS's answer: a service ticket on the service address; with gateway and no sign-in, the address alone. */
record TicketAnswer(ServiceTickets tickets, String service, String serviceId) implements SignInAnswer {

    @Override
    public String signedIn(SsoSession sso, boolean fromSso) {
        ServiceTicket ticket = tickets.issue(sso, service, serviceId, fromSso);
        return LoginFlow.withTicket(service, ticket.id());
    }

    @Override
    public String notSignedIn() {
        return service;
    }
}
