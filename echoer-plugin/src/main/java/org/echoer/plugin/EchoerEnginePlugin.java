package org.echoer.plugin;

import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The engine side of the bridge. Step activations are identified to business services by their
 * external task's id, which SPEC section 4 wants unguessable: the engine's default time-based UUIDs
 * are predictable, so every id becomes a random (version 4) UUID.
 */
public final class EchoerEnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdGenerator(new RandomUuidGenerator());
    }

    /** Random UUIDs from the JDK's SecureRandom. */
    static final class RandomUuidGenerator implements IdGenerator {

        @Override
        public String getNextId() {
            return UUID.randomUUID().toString();
        }
    }
}
