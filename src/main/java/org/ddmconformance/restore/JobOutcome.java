package org.ddmconformance.restore;

/**
 * How the job of one accepted restore was followed and how it ended.
 *
 * @param jobId      the job_id of the 202
 * @param scenario   the scenario whose request was accepted
 * @param meant      whether the request was meant to start a restore (false: an accidental restore)
 * @param end        how the follow-up ended
 * @param lastStatus the last job.status read, or null
 * @param millis     from the 202 to the end of the follow-up
 * @param polls      GETs of the job
 * @param failReason fail_reason of a Failed job (from the job list), or null
 * @param problem    for {@link End#UNKNOWN}: why the job API does not know the job (RM-JOB-001), else null
 */
public record JobOutcome(String jobId, String scenario, boolean meant, End end, String lastStatus, long millis,
                         int polls, String failReason, String problem) {

    public enum End {
        /** job.status Completed */
        COMPLETED,
        /** job.status Failed: the target may not meet the restore's preconditions; not a contract failure */
        FAILED,
        /** still not Completed or Failed after DDM_JOB_TIMEOUT_S (RM-JOB-002) */
        TIMED_OUT,
        /** the job API does not know the job, or answers outside its documented shape (RM-JOB-001) */
        UNKNOWN,
        /** not followed: DDM_JOB_API=false says the endpoint has no job API */
        NOT_FOLLOWED
    }

    /** The job has ended, one way or another, as far as the restore scheduler is concerned. */
    public boolean over() {
        // Not followed: the scheduler counts DDM_RESTORE_SPACING_MS from the 202 instead.
        return end == End.COMPLETED || end == End.FAILED || end == End.NOT_FOLLOWED;
    }

    /** A restore accepted by an endpoint without a job API: nothing is polled. */
    public static JobOutcome notFollowed(String jobId, String scenario, boolean meant) {
        return new JobOutcome(jobId, scenario, meant, End.NOT_FOLLOWED, null, 0, 0, null, null);
    }

    /** One line for the console and the reports. */
    public String summary() {
        String what = switch (end) {
            case COMPLETED -> "Completed after " + Times.duration(millis);
            case FAILED -> "FAILED after " + Times.duration(millis) + ": fail_reason "
                    + (failReason == null || failReason.isEmpty() ? "(empty)" : "\"" + failReason + "\"");
            case TIMED_OUT -> "not ended after " + Times.duration(millis) + " (last status " + lastStatus + ")";
            case UNKNOWN -> "not known to the job API: " + problem;
            case NOT_FOLLOWED -> "not followed (DDM_JOB_API=false: the endpoint has no job API)";
        };
        return "job " + jobId + ": " + what + " (" + polls + " poll(s); " + (meant ? "" : "ACCIDENTAL restore, ")
                + "scenario \"" + scenario + "\")";
    }
}
