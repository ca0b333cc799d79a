package lab.eulogin.testkit;

import lab.eulogin.stack.Lab;

/**
 * A lab started in the test's JVM ({@link Lab}), seen as the kit sees any lab: by its addresses.
 * The extension uses it; so can a test that starts the lab itself.
 *
 * <pre>{@code
 * LabKit kit = LabKit.connect(InJvmLab.runtimeInfo(lab));
 * }</pre>
 */
public final class InJvmLab {
    private InJvmLab() {
    }

    /** The addresses of a lab started in this JVM. */
    public static LabRuntimeInfo runtimeInfo(Lab lab) {
        return new LabRuntimeInfo(lab.idpUrl(), lab.smsUrl(), lab.mailUrl(), lab.config().connectHost(),
                lab.smtpPort(), lab.imapPort());
    }
}
