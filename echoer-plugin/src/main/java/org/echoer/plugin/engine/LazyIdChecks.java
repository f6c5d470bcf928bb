package org.echoer.plugin.engine;

import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.authorization.Authorization;

/**
 * Camunda's entity manager, except that checking a new entity's id no longer writes the entity out as text
 * first. Camunda builds the error message ({@code "Entity " + entity + " has an invalid id"}) before it
 * checks, on every insert: about a dozen per step, each formatting every field and date of a history row.
 * Here the message is only built, by Camunda's own check, for an id that fails it.
 */
final class LazyIdChecks extends DbEntityManagerFactory {

    LazyIdChecks(IdGenerator ids) {
        super(ids);
    }

    @Override
    public DbEntityManager openSession() {
        return new EntityManager(idGenerator, Context.getCommandContext().getSession(PersistenceSession.class));
    }

    private static final class EntityManager extends DbEntityManager {

        EntityManager(IdGenerator ids, PersistenceSession session) {
            super(ids, session);
        }

        @Override
        protected void validateId(DbEntity entity) {
            String id = entity.getId();
            if (id == null || Authorization.ANY.equals(id)) {
                super.validateId(entity); // throws, with Camunda's message
            }
        }
    }
}
