package lab.eulogin.steps;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Every feature under {@code features/} at the repository root, run by {@code mvn verify}. One
 * feature: {@code -Dcucumber.features=/abs/path/x.feature} (what {@code ./lab test --feature} passes).
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("../features")
public class RunCucumberTest {
}
