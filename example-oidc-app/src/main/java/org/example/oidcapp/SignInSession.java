package org.example.oidcapp;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What the application keeps in the browser's session: who signed in, and the sign-ins under way,
 * each under its state so that EU Login's answer is taken once, in the browser that asked.
 */
final class SignInSession {
    private static final String SIGNED_IN = "oidcapp.signedIn";
    private static final String PENDING = "oidcapp.pending";
    /** Sign-ins under way in one session (several tabs); the oldest is forgotten past this. */
    private static final int MAX_PENDING = 5;

    private SignInSession() {
    }

    /** Who is signed in; null when nobody is. */
    static SignIn signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SignIn) session.getAttribute(SIGNED_IN);
    }

    /** Keeps the sign-in, under a new session id (the one before the sign-in may be known to others). */
    static void keep(HttpServletRequest request, SignIn signIn) {
        request.changeSessionId();
        request.getSession().setAttribute(SIGNED_IN, signIn);
    }

    static void startPending(HttpServletRequest request, RelyingParty.Pending pending) {
        HttpSession session = request.getSession(true);
        synchronized (session) {
            pendingIn(session).put(pending.state().getValue(), pending);
        }
    }

    /** The sign-in under way with this state, forgotten as it is taken; null when there is none. */
    static RelyingParty.Pending takePending(HttpServletRequest request, String state) {
        HttpSession session = request.getSession(false);
        if (session == null || state == null) {
            return null;
        }
        synchronized (session) {
            return pendingIn(session).remove(state);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, RelyingParty.Pending> pendingIn(HttpSession session) {
        Object kept = session.getAttribute(PENDING);
        if (kept != null) {
            return (Map<String, RelyingParty.Pending>) kept;
        }
        Map<String, RelyingParty.Pending> pending = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RelyingParty.Pending> eldest) {
                return size() > MAX_PENDING;
            }
        };
        session.setAttribute(PENDING, pending);
        return pending;
    }
}
