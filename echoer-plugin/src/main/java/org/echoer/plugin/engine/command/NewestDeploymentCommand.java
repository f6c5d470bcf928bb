package org.echoer.plugin.engine.command;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The id and time of the newest deployment of each of some names, read with one statement that reads one
 * index entry per name, however many versions a name has. Every submission asks this for the actions its
 * flows use; Camunda's deployment query spent most of that time assembling its SQL, and it has no native form.
 */
final class NewestDeploymentCommand implements Command<Map<String, DeploymentVersion>> {

    private final List<String> deploymentNames;

    NewestDeploymentCommand(List<String> deploymentNames) {
        this.deploymentNames = List.copyOf(deploymentNames);
    }

    /** @return the newest deployment of each name that has any, by name */
    @Override
    public Map<String, DeploymentVersion> execute(CommandContext context) {
        Map<String, DeploymentVersion> newest = new HashMap<>();
        if (deploymentNames.isEmpty()) {
            return newest;
        }
        String table = context.getDbSqlSession().getDbSqlSessionFactory().getDatabaseTablePrefix() + "ACT_RE_DEPLOYMENT";
        // one row per name, whatever its number of versions: the first in the versions' order (DefinitionStore:
        // time, then id), the first entry of its name in an index that holds them newest first (LookupIndexes);
        // H2 reads an index in order only for an ORDER BY of its leading columns, hence NAME_ there too
        String newestOfOne = "(SELECT NAME_, ID_, DEPLOY_TIME_ FROM " + table + " WHERE NAME_ = ?"
                + " ORDER BY NAME_, DEPLOY_TIME_ DESC, ID_ DESC FETCH FIRST 1 ROWS ONLY)";
        // wrapped in a SELECT: H2 keeps a prepared SELECT in its connection's query cache but parses and plans a
        // UNION anew every time (six times the cost of the lookup itself)
        String sql = "SELECT NAME_, ID_, DEPLOY_TIME_ FROM ("
                + String.join(" UNION ALL ", Collections.nCopies(deploymentNames.size(), newestOfOne)) + ") NEWEST";
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < deploymentNames.size(); i++) {
                statement.setString(i + 1, deploymentNames.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    newest.putIfAbsent(rows.getString(1), new DeploymentVersion(rows.getString(2), new Date(rows.getTimestamp(3).getTime())));
                }
            }
            return newest;
        } catch (SQLException e) {
            throw new ProcessEngineException("could not read the newest deployments of " + deploymentNames, e);
        }
    }
}
