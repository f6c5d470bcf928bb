package org.echoer.plugin.engine.command;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Holds a flow run's name for the rest of the transaction, across every node: two nodes that start runs
 * of one name wait for each other, so the second sees the first's run and is refused. On PostgreSQL, the
 * database of a cluster, this is a transaction-scoped advisory lock on the name's hash (names that share a
 * hash only wait for each other). A database echoer supports only on one node needs none: the node's own
 * lock on the name ({@link FlowRunStarter}) suffices there.
 */
final class RunNameLock implements Command<Void> {

    /** The first key of echoer's advisory locks, so they never meet another application's. */
    private static final int ECHOER_RUN_NAMES = 0x4563686f; // "Echo"

    private final String name;

    RunNameLock(String name) {
        this.name = name;
    }

    @Override
    public Void execute(CommandContext context) {
        if (!"postgres".equals(context.getProcessEngineConfiguration().getDatabaseType())) {
            return null;
        }
        try (PreparedStatement lock = context.getDbSqlSession().getSqlSession().getConnection()
                .prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, ECHOER_RUN_NAMES);
            lock.setInt(2, name.hashCode());
            lock.execute();
            return null;
        } catch (SQLException e) {
            throw new ProcessEngineException("could not lock the flow run name '" + name + "'", e);
        }
    }
}
