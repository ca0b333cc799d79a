package lab.eulogin.sms.http;

import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.List;

/**
 * The emulator's routes are its own code, never stub files: without this WireMock would load any
 * {@code mappings} folder found in the directory the lab was started from, and setting up its
 * file naming (a template engine) cost about a twentieth of the lab's start-up thread.
 */
public final class NoMappingFiles implements MappingsSource {
    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
        // nothing to load
    }

    @Override
    public void save(List<StubMapping> stubMappings) {
        // nothing is written
    }

    @Override
    public void save(StubMapping stubMapping) {
        // nothing is written
    }

    @Override
    public void remove(StubMapping stubMapping) {
        // nothing is written
    }

    @Override
    public void removeAll() {
        // nothing is written
    }
}
