package lab.eulogin.steps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import io.cucumber.java.After;

/**
 * The person's security keys and trusted platforms (FAQ APP-09): Chromium's virtual authenticators
 * in the scenario's browser, as WebDriver offers them. A USB security key answers when touched
 * and checks nobody; the computer's own authenticator (Windows Hello, Touch ID) checks the
 * person's fingerprint or PIN and keeps its credentials itself. Both are taken out of the browser
 * after the scenario, so the next scenario's browser has none.
 */
public class MyKeys {
    /** After this, the browser's own hook (default order) empties it; higher orders run first. */
    private static final int BEFORE_THE_BROWSER_CLOSES = 20_000;

    private final Browser browser;
    private final Map<String, VirtualAuthenticator> plugged = new LinkedHashMap<>();
    private final Map<String, List<Credential>> takenOut = new LinkedHashMap<>();

    public MyKeys(Browser browser) {
        this.browser = browser;
    }

    /** A USB security key put into the computer: CTAP2, touched to answer, no fingerprint or PIN. */
    public void plugInUsbKey(String name) {
        plug(name, new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.USB)
                .setHasUserVerification(false)
                .setHasResidentKey(false)
                .setIsUserConsenting(true));
    }

    /** The computer's own authenticator: built in, it verifies the person and keeps its credentials. */
    public void useTrustedPlatform(String name) {
        plug(name, new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setHasResidentKey(true)
                .setIsUserConsenting(true));
    }

    /** Takes the key out of the computer: it no longer answers, and keeps its credentials for later. */
    public void takeOut(String name) {
        VirtualAuthenticator key = plugged.remove(name);
        if (key == null) {
            throw new IllegalStateException("No key named " + name + " is plugged in");
        }
        takenOut.put(name, key.getCredentials());
        authenticators().removeVirtualAuthenticator(key);
    }

    /** Puts a USB key back in, with the credentials (and signature counters) it made before. */
    public void putBackIn(String name) {
        List<Credential> credentials = takenOut.remove(name);
        if (credentials == null) {
            throw new IllegalStateException("No key named " + name + " was taken out");
        }
        plugInUsbKey(name);
        credentials.forEach(plugged.get(name)::addCredential);
    }

    @After(order = BEFORE_THE_BROWSER_CLOSES)
    public void unplugAll() {
        takenOut.clear();
        if (plugged.isEmpty() || !browser.isOpen()) {
            plugged.clear();
            return;
        }
        try {
            plugged.values().forEach(authenticators()::removeVirtualAuthenticator);
        } finally {
            plugged.clear();
        }
    }

    private void plug(String name, VirtualAuthenticatorOptions options) {
        plugged.put(name, authenticators().addVirtualAuthenticator(options));
    }

    private HasVirtualAuthenticator authenticators() {
        if (browser.driver() instanceof HasVirtualAuthenticator authenticators) {
            return authenticators;
        }
        throw new IllegalStateException("This browser offers no virtual authenticators: " + browser.driver());
    }
}
