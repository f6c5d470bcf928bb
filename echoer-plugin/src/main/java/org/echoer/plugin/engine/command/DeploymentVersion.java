package org.echoer.plugin.engine.command;

import java.util.Date;

/** One deployment of a name: its id and when it was deployed. */
public record DeploymentVersion(String id, Date deployedAt) {
}
