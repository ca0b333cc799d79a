package lab.eulogin.idp.links;

import lab.eulogin.idp.accounts.AccountKind;
import lab.eulogin.idp.accounts.AccountRepository;
import lab.eulogin.idp.accounts.NewAccount;
import lab.eulogin.idp.clock.LabClock;
import lab.eulogin.idp.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LinkServiceTest {
    private final LabClock clock = LabClock.system();
    private Database db;
    private LinkService links;
    private long accountId;

    @BeforeEach
    void setUp() {
        db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        links = new LinkService(db, clock, Duration.ofHours(24));
        accountId = new AccountRepository(db, clock)
                .create(new NewAccount("a@b.eu", "A", "B", Locale.ENGLISH, AccountKind.EXTERNAL)).id();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void a_link_works_until_its_24_hours_are_over() {
        String token = links.issue(accountId, LinkPurpose.INITIALISE);
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(links.check(token)).isInstanceOf(LinkCheck.Valid.class);
        clock.advance(Duration.ofMinutes(2));
        assertThat(links.check(token)).isInstanceOf(LinkCheck.Expired.class);
        assertThat(links.consume(token)).isFalse();
    }

    @Test
    void a_link_works_only_once() {
        String token = links.issue(accountId, LinkPurpose.RESET);
        assertThat(links.consume(token)).isTrue();
        assertThat(links.consume(token)).isFalse();
        assertThat(links.check(token)).isInstanceOf(LinkCheck.Used.class);
    }

    @Test
    void a_cut_off_link_is_told_apart_from_a_wrong_one() {
        String token = links.issue(accountId, LinkPurpose.INITIALISE);
        assertThat(links.check(token.substring(0, 20))).isInstanceOf(LinkCheck.Incomplete.class);
        assertThat(links.check("")).isInstanceOf(LinkCheck.Incomplete.class);
        String altered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        assertThat(links.check(altered)).isInstanceOf(LinkCheck.Unknown.class);
        assertThat(links.check(token + "x")).isInstanceOf(LinkCheck.Unknown.class);
    }

    @Test
    void only_a_hash_of_the_token_is_stored() throws Exception {
        String token = links.issue(accountId, LinkPurpose.INITIALISE);
        try (var c = db.connection(); var rs = c.createStatement().executeQuery("SELECT token_hash FROM link_token")) {
            rs.next();
            assertThat(rs.getString(1)).doesNotContain(token).hasSize(64);
        }
    }
}
