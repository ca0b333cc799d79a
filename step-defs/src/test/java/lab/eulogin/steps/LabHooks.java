package lab.eulogin.steps;

import io.cucumber.java.After;
import lab.eulogin.steps.fixtures.RunningLab;

/**
 * Each scenario starts from a clean lab: after every scenario, passed or failed, the worker's lab
 * forgets all it did (accounts, sessions, mail, phones, the lab clock's offset, injected faults).
 * It runs after the browser is closed (a lower order runs later among {@code @After} hooks), so
 * no page of the scenario is still talking to the lab.
 */
public class LabHooks {
    private final RunningLab lab;

    public LabHooks(RunningLab lab) {
        this.lab = lab;
    }

    @After(order = 0)
    public void resetTheLab() {
        lab.reset();
    }
}
