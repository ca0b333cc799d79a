package lab.eulogin.idp.protocol;

import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.services.ServiceRegistry;
import lab.eulogin.idp.sessions.SsoSessionStore;
import lab.eulogin.idp.http.Web;

import java.time.Clock;
import lab.eulogin.idp.signin.AccountMethods;
import lab.eulogin.idp.signin.LoginFlow;

/** The CAS protocol's parts, made once from the policy: the login flow and the handlers the routes use. */
public final class CasEndpoints {
    private final ServiceRegistry registry;
    private final LoginFlow flow;
    private final ValidateHandler serviceValidate;
    private final ValidateHandler laxValidate;
    private final ValidateHandler p3ServiceValidate;
    private final LogoutHandler logout;
    private final Runnable forgetSessions;

    public CasEndpoints(Web web, AccountRepository accounts, AccountMethods methods, Clock clock, CasPolicy policy) {
        this.registry = ServiceRegistry.load(policy.serviceRegistry());
        ServiceTickets tickets = new ServiceTickets(clock, policy.serviceTicketLifetime());
        SsoSessionStore ssoSessions = new SsoSessionStore(clock, policy.ssoIdleTimeout(), policy.ssoMaxLifetime());
        this.flow = new LoginFlow(web, registry, ssoSessions,
                (service, serviceId) -> new TicketAnswer(tickets, service, serviceId), accounts, methods, clock);
        TicketValidation validation = new TicketValidation(tickets, accounts, registry);
        this.serviceValidate = ValidateHandler.euLogin(validation);
        this.laxValidate = ValidateHandler.lax(validation);
        this.p3ServiceValidate = ValidateHandler.cas3(validation);
        this.logout = new LogoutHandler(web, flow, registry);
        this.forgetSessions = () -> {
            ssoSessions.clear();
            tickets.clear();
        };
    }

    /** Ends every single sign-on session and forgets every ticket (the lab's reset between tests). */
    public void forgetSessions() {
        forgetSessions.run();
    }

    public ServiceRegistry registry() {
        return registry;
    }

    public LoginFlow flow() {
        return flow;
    }

    /** {@code /cas/serviceValidate} and {@code /cas/proxyValidate}. */
    public ValidateHandler serviceValidate() {
        return serviceValidate;
    }

    public ValidateHandler laxValidate() {
        return laxValidate;
    }

    public ValidateHandler p3ServiceValidate() {
        return p3ServiceValidate;
    }

    public LogoutHandler logout() {
        return logout;
    }
}
