package lab.eulogin.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LabConfigTest {

    @Test
    void theDatabaseIsAFileUnderTheDataFolderSoAccountsSurviveARestart() {
        LabConfig c = LabConfig.defaults();

        String expected = "jdbc:h2:file:" + Path.of("data").toAbsolutePath().normalize().resolve("eulogin") + ";";
        assertThat(c.jdbcUrl()).startsWith(expected);
    }

    @Test
    void testsGetAPrivateInMemoryDatabaseEachTime() {
        LabConfig c = LabConfig.forTests();

        assertThat(c.jdbcUrl()).startsWith("jdbc:h2:mem:").isNotEqualTo(c.jdbcUrl());
    }

    @Test
    void labModeIsOnForTheDemoAndTheTests() {
        assertThat(LabConfig.defaults().labMode()).isTrue();
        assertThat(LabConfig.forTests().labMode()).isTrue();
    }

    @Test
    void aWildcardAddressIsReachedOnLoopback() {
        LabConfig everywhere = new LabConfig("0.0.0.0", 1, 2, 3, 4, 5, 6, null, true, false, null);

        assertThat(everywhere.connectHost()).isEqualTo("127.0.0.1");
        assertThat(LabConfig.defaults().connectHost()).isEqualTo("127.0.0.1");
    }
}
