package org.factdesk.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Decides where a seeded claim ends up and how it got there: its final status, drawn by its age (older claims are
 * mostly published or dismissed, newer ones still open), and the workflow steps that lead to that status, with
 * returns, reassignments, corrections and comments mixed in at plausible rates.
 */
final class WorkflowPlan {

    /** One step of the workflow, each an audit revision when it is taken. */
    enum Step {
        EDIT, ASSIGN, DRAFT, SUBMIT, RETURN, APPROVE, DISMISS, REOPEN, CORRECTION, COMMENT
    }

    static final String[] STATUSES = { "NEW", "ASSIGNED", "IN_REVIEW", "SUBMITTED", "PUBLISHED", "DISMISSED" };
    /** Weights of the final statuses of claims made more than 45 days ago, and of newer ones. */
    private static final int[] OLD_WEIGHTS = { 18, 2, 3, 2, 60, 15 };
    private static final int[] RECENT_WEIGHTS = { 25, 15, 15, 12, 25, 8 };

    private WorkflowPlan() {
    }

    static String finalStatus(Random random, boolean old) {
        return STATUSES[weighted(random, old ? OLD_WEIGHTS : RECENT_WEIGHTS)];
    }

    /** The steps after creation that bring a new claim to {@code target}. */
    static List<Step> steps(Random random, String target) {
        List<Step> steps = new ArrayList<>();
        if (random.nextInt(10) < 3) {
            steps.add(Step.EDIT);
        }
        switch (target) {
            case "NEW" -> {
                if (random.nextInt(25) == 0) {
                    steps.addAll(List.of(Step.DISMISS, Step.REOPEN));
                }
            }
            case "ASSIGNED" -> {
                steps.add(Step.ASSIGN);
                if (random.nextInt(10) == 0) {
                    steps.add(Step.ASSIGN);
                }
            }
            case "IN_REVIEW" -> {
                steps.addAll(List.of(Step.ASSIGN, Step.DRAFT));
                if (random.nextInt(10) < 3) {
                    steps.add(Step.DRAFT);
                }
                if (random.nextInt(5) == 0) {
                    steps.addAll(List.of(Step.SUBMIT, Step.RETURN, Step.DRAFT));
                }
                if (random.nextInt(30) == 0) {
                    // An open correction: published once, now being revised.
                    steps.addAll(List.of(Step.SUBMIT, Step.APPROVE, Step.CORRECTION, Step.DRAFT));
                }
            }
            case "SUBMITTED" -> {
                steps.addAll(List.of(Step.ASSIGN, Step.DRAFT));
                if (random.nextInt(7) == 0) {
                    steps.addAll(List.of(Step.SUBMIT, Step.RETURN, Step.DRAFT));
                }
                steps.add(Step.SUBMIT);
            }
            case "PUBLISHED" -> {
                steps.addAll(List.of(Step.ASSIGN, Step.DRAFT));
                if (random.nextInt(10) == 0) {
                    steps.addAll(List.of(Step.SUBMIT, Step.RETURN, Step.DRAFT));
                }
                steps.addAll(List.of(Step.SUBMIT, Step.APPROVE));
                if (random.nextInt(40) == 0) {
                    steps.addAll(List.of(Step.CORRECTION, Step.DRAFT, Step.SUBMIT, Step.APPROVE));
                }
            }
            case "DISMISSED" -> {
                if (random.nextInt(10) < 4) {
                    steps.add(Step.ASSIGN);
                    if (random.nextInt(6) == 0) {
                        steps.add(Step.DRAFT);
                    }
                }
                steps.add(Step.DISMISS);
            }
            default -> throw new IllegalArgumentException(target);
        }
        // Half the claims are discussed: one comment, sometimes a thread of several, at any point after creation.
        int n = random.nextInt(100);
        int comments = n < 50 ? 0 : n < 75 ? 1 : n < 90 ? 2 : 3 + random.nextInt(3);
        for (int i = 0; i < comments; i++) {
            steps.add(random.nextInt(steps.size() + 1), Step.COMMENT);
        }
        return steps;
    }

    /** An index drawn with the given weights. */
    static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
