package org.echoer.plugin.definition;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The id and time of the newest deployment of one name, read with one indexed statement (Camunda's
 * {@code NAME_} index). Every submission asks this for each action its flow uses; Camunda's deployment
 * query spent most of that time assembling its SQL, and it has no native form.
 */
final class NewestDeploymentCommand implements Command<Optional<NewestDeploymentCommand.Version>> {

    /** One deployment of a name. */
    record Version(String id, Date deployedAt) {
    }

    private final String deploymentName;

    NewestDeploymentCommand(String deploymentName) {
        this.deploymentName = deploymentName;
    }

    @Override
    public Optional<Version> execute(CommandContext context) {
        String table = context.getDbSqlSession().getDbSqlSessionFactory().getDatabaseTablePrefix() + "ACT_RE_DEPLOYMENT";
        // the same order as the versions' numbering (DefinitionStore): time, then id
        String sql = "SELECT ID_, DEPLOY_TIME_ FROM " + table + " WHERE NAME_ = ? ORDER BY DEPLOY_TIME_ DESC, ID_ DESC";
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setMaxRows(1);
            statement.setString(1, deploymentName);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new Version(rows.getString(1), new Date(rows.getTimestamp(2).getTime()))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("could not read the newest deployment of '" + deploymentName + "'", e);
        }
    }
}
