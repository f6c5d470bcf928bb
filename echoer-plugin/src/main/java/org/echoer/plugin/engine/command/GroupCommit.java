package org.echoer.plugin.engine.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.OptimisticLockingListener;
import org.camunda.bpm.engine.impl.db.entitymanager.OptimisticLockingResult;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbEntityOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperation;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.echoer.plugin.engine.command.OnConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits the commands that arrive together (callbacks, run starts) in one engine transaction (group
 * commit). Each caller queues its command and waits for a turn to commit; whoever gets a turn takes every
 * command still queued with it, up to {@code maxBatch}, and runs them one after the other in one
 * transaction. A lone command therefore commits at once and alone, and under load a transaction's fixed
 * cost (the transaction itself, its connection, the database's commit) is shared: while the turns are
 * taken, new commands gather. Every caller still gets its result only after its command has committed.
 * When a batch fails (a race on Camunda's optimistic lock, one command the engine refuses), nothing of it
 * is kept, the others commit without the one that failed (in halves, when the failure does not name it),
 * and its caller runs that one again alone: no command fails because of another.
 */
public final class GroupCommit {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    /** What a caller is told once its command's batch has ended. */
    private record Outcome(Object result, boolean runAlone) {
    }

    private record Queued(String raceKey, Command<?> command, CompletableFuture<Outcome> outcome) {
    }

    /** Hears of every batch: how many commands it had and whether it committed. */
    public interface BatchListener {
        void ended(int size, boolean committed);
    }

    private final CommandExecutor commands;
    private final int committers;
    private final int maxBatch;
    private final BatchListener listener;
    private final ConcurrentLinkedQueue<Queued> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock turns = new ReentrantLock();
    /** Signalled when a batch ends: its callers' results are in, and a turn is free. */
    private final Condition batchEnded = turns.newCondition();
    private int committing;

    /**
     * @param committers how many batches may commit at the same time
     * @param maxBatch the most commands in one transaction; 1 commits each alone
     */
    public GroupCommit(ProcessEngine engine, int committers, int maxBatch, BatchListener listener) {
        this(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired(),
                committers, maxBatch, listener);
    }

    GroupCommit(CommandExecutor commands, int committers, int maxBatch, BatchListener listener) {
        if (committers < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("committers and maxBatch must be at least 1, not " + committers + " and " + maxBatch);
        }
        this.commands = commands;
        this.committers = committers;
        this.maxBatch = maxBatch;
        this.listener = listener;
    }

    /**
     * The command's result once it has committed.
     *
     * @param raceKey the id of the entity a concurrent writer may change under the command (for a callback,
     *     its step's external task): a batch that loses that race on Camunda's optimistic lock leaves just
     *     this command out
     */
    public <T> T execute(String raceKey, Supplier<T> work) {
        // the engine's services called by the work join the batch's transaction
        return execute(raceKey, (Command<T>) context -> work.get());
    }

    /** As {@link #execute(String, Supplier)}, for echoer's own engine commands. */
    @SuppressWarnings("unchecked") // each caller's result comes from its own command
    <T> T execute(String raceKey, Command<T> command) {
        if (maxBatch == 1) {
            return alone(command);
        }
        Queued mine = new Queued(raceKey, command, new CompletableFuture<>());
        queue.add(mine);
        while (!mine.outcome().isDone()) {
            if (awaitTurnOrResult(mine)) {
                try {
                    commitQueued(); // takes ours, unless a batch under way has it: then ours ends with that one
                } finally {
                    endTurn();
                }
            }
        }
        Outcome outcome = mine.outcome().join();
        return outcome.runAlone() ? alone(command) : (T) outcome.result();
    }

    /** True with a turn taken; false when the command's batch has ended meanwhile. */
    private boolean awaitTurnOrResult(Queued mine) {
        turns.lock();
        try {
            while (committing == committers && !mine.outcome().isDone()) {
                batchEnded.awaitUninterruptibly();
            }
            if (mine.outcome().isDone()) {
                return false;
            }
            committing++;
            return true;
        } finally {
            turns.unlock();
        }
    }

    private void endTurn() {
        turns.lock();
        try {
            committing--;
            batchEnded.signalAll();
        } finally {
            turns.unlock();
        }
    }

    /** Commands waiting for a turn (for tests). */
    public int queued() {
        return queue.size();
    }

    private <T> T alone(Command<T> command) {
        return OnConflict.retry(() -> commands.execute(command));
    }

    private void commitQueued() {
        List<Queued> batch = new ArrayList<>();
        for (Queued next; batch.size() < maxBatch && (next = queue.poll()) != null;) {
            batch.add(next);
        }
        try {
            commit(batch);
        } finally {
            // only if something unforeseen (an Error) cut the batch short: no caller may wait forever
            batch.forEach(queued -> queued.outcome().complete(new Outcome(null, true)));
        }
    }

    /**
     * Commits the commands together. If that fails because one of them lost a race on its entity, the
     * others commit without it; if it fails otherwise, each half does on its own, and so on. One command
     * that fails thus costs its batch a few more transactions, not one per command. A command that fails
     * is left to its caller, who runs it alone (again, if it lost a race) or hears why it failed.
     */
    private void commit(List<Queued> batch) {
        if (batch.isEmpty()) {
            return;
        }
        LostRace lostRace = new LostRace();
        List<Object> results = null;
        try {
            results = commands.execute(context -> {
                context.getDbEntityManager().registerOptimisticLockingListener(lostRace);
                List<Object> each = new ArrayList<>(batch.size());
                for (Queued queued : batch) {
                    each.add(queued.command().execute(context));
                }
                return each;
            });
        } catch (RuntimeException failed) {
            LOG.debug("a batch of {} failed: {}", batch.size(), failed.toString());
        }
        listener.ended(batch.size(), results != null);
        if (results != null) {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome().complete(new Outcome(results.get(i), false));
            }
            return;
        }
        int failed = batch.size() == 1 ? 0 : indexOf(batch, lostRace.entityId);
        if (failed >= 0) {
            batch.get(failed).outcome().complete(new Outcome(null, true));
            List<Queued> rest = new ArrayList<>(batch);
            rest.remove(failed);
            commit(rest);
        } else {
            int half = batch.size() / 2;
            commit(batch.subList(0, half));
            commit(batch.subList(half, batch.size()));
        }
    }

    private static int indexOf(List<Queued> batch, String raceKey) {
        for (int i = 0; raceKey != null && i < batch.size(); i++) {
            if (raceKey.equals(batch.get(i).raceKey())) {
                return i;
            }
        }
        return -1;
    }

    /** Notes which entity's change failed on the optimistic lock; the exception is thrown as ever. */
    private static final class LostRace implements OptimisticLockingListener {

        private volatile String entityId;

        @Override
        public Class<? extends DbEntity> getEntityType() {
            return DbEntity.class;
        }

        @Override
        public OptimisticLockingResult failedOperation(DbOperation operation) {
            if (operation instanceof DbEntityOperation entityOperation && entityId == null) {
                entityId = entityOperation.getEntity().getId();
            }
            return OptimisticLockingResult.THROW;
        }
    }
}
