package lab.eulogin.idp.services;

/** The registry file cannot be read or says something that makes no sense; the message says where. */
public final class ServiceRegistryException extends RuntimeException {
    public ServiceRegistryException(String message) {
        super(message);
    }

    public ServiceRegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
