package lab.eulogin.idp.devices;

import java.util.Map;

/** A push notification service: wakes the app behind a token with a little data. */
public interface PushSender {
    /** @return whether the service took the notification */
    boolean push(String token, Map<String, String> data);
}
