-- What "Carry out the decision" did for each answer round (1 = answer, 2 = further answer): the letter is
-- written from it, and a retried job finds it instead of acting twice.
CREATE TABLE answer_outcome (
    case_number VARCHAR(20)     NOT NULL REFERENCES dsr_request (case_number),
    answer_round INTEGER        NOT NULL,
    outcome     VARCHAR(100000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_number, answer_round)
);
