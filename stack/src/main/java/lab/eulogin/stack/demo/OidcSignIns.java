package lab.eulogin.stack.demo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.claims.ACR;

/**
 * The sign-ins under way in an OpenID Connect application: each kept in the browser's session
 * under its state until EU Login answers, so that an answer is accepted once, in the browser that
 * asked for it.
 */
final class OidcSignIns {
    private static final String PENDING = "lab.demo.oidc.pending";
    /** Sign-ins under way in one session (several tabs); the oldest is forgotten past this. */
    private static final int MAX_PENDING = 5;

    private final OidcRelyingParty relyingParty;

    OidcSignIns(OidcRelyingParty relyingParty) {
        this.relyingParty = relyingParty;
    }

    OidcRelyingParty relyingParty() {
        return relyingParty;
    }

    /** Starts a sign-in that comes back to this page, and sends the browser to EU Login with it. */
    void start(HttpServletRequest request, HttpServletResponse response, String target, boolean silent,
               List<ACR> acrValues) throws IOException {
        OidcRelyingParty.Pending pending = relyingParty.begin(target, silent, acrValues);
        try {
            String authorize = relyingParty.authorizationRequest(pending).toString();
            pendingIn(request.getSession(true)).put(pending.state().getValue(), pending);
            response.sendRedirect(authorize);
        } catch (OidcRelyingParty.Refused e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
        }
    }

    /** The sign-in this state belongs to, forgotten as it is taken; null when there is none. */
    OidcRelyingParty.Pending take(HttpServletRequest request, State state) {
        HttpSession session = request.getSession(false);
        if (session == null || state == null) {
            return null;
        }
        synchronized (session) {
            return pendingIn(session).remove(state.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, OidcRelyingParty.Pending> pendingIn(HttpSession session) {
        synchronized (session) {
            Object kept = session.getAttribute(PENDING);
            if (kept instanceof Map<?, ?> map) {
                return (Map<String, OidcRelyingParty.Pending>) map;
            }
            Map<String, OidcRelyingParty.Pending> pending = java.util.Collections.synchronizedMap(
                    new LinkedHashMap<>(8, 0.75f, false) {
                        @Override
                        protected boolean removeEldestEntry(Map.Entry<String, OidcRelyingParty.Pending> eldest) {
                            return size() > MAX_PENDING;
                        }
                    });
            session.setAttribute(PENDING, pending);
            return pending;
        }
    }
}
