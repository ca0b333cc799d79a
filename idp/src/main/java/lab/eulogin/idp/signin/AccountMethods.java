package lab.eulogin.idp.signin;

import lab.eulogin.idp.devices.DeviceRepository;
import lab.eulogin.idp.phones.PhoneRepository;
import lab.eulogin.idp.sessions.Strength;
import lab.eulogin.idp.webauthn.SecurityKeyRepository;

import java.util.EnumSet;
import java.util.Set;

/**
 * The ways an account can sign in today: the password always, "Mobile Phone + SMS" with a
 * registered number, the two mobile-app methods with a registered device, "Security Key or Trusted
 * Platform" with a registered key (FAQ APP-09).
 */
@FunctionalInterface
public interface AccountMethods {
    Set<Strength> of(long accountId);

    /** Whether the account has a way in besides the password: a phone, a device or a security key. */
    default boolean hasSecondFactor(long accountId) {
        return includeSecondFactor(of(accountId));
    }

    static boolean includeSecondFactor(Set<Strength> methods) {
        return methods.stream().anyMatch(method -> method != Strength.PASSWORD);
    }

    /** What the registered phones and devices allow; with neither, the password alone (FAQ APP-06). */
    static AccountMethods registered(PhoneRepository phones, DeviceRepository devices, SecurityKeyRepository keys) {
        return accountId -> {
            Set<Strength> has = EnumSet.of(Strength.PASSWORD);
            if (!phones.of(accountId).isEmpty()) {
                has.add(Strength.PASSWORD_SMS);
            }
            if (devices.has(accountId)) {
                has.add(Strength.PASSWORD_MOBILE_APP);
                has.add(Strength.PASSWORD_SOFTWARE_TOKEN);
            }
            if (keys.has(accountId)) {
                has.add(Strength.PASSWORD_WEBAUTHN);
            }
            return has;
        };
    }
}
