package lab.eulogin.mail.store;

/** A body kept in the heap: the emulator without a data folder. */
record InMemory(byte[] bytes) implements MailBody {
    @Override
    public int size() {
        return bytes.length;
    }
}
