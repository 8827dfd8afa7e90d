// Check-your-understanding question. A pick shows only that answer's explanation: a wrong pick never
// reveals which answer is right, and the right answer is marked only once it is picked.
import { useId } from 'react';
import type { Quiz } from '../../lessons/types.ts';

export function QuizCard({ quiz, answer, onAnswer }: { quiz: Quiz; answer: number | undefined; onAnswer(index: number): void }) {
  const name = useId();
  const answered = answer !== undefined && answer < quiz.answers.length;
  const chosen = answered ? quiz.answers[answer] : undefined;
  return (
    <fieldset className="lesson-quiz" data-testid="lesson-quiz">
      <legend>Check your understanding</legend>
      <p id={`${name}-q`}>{quiz.question}</p>
      {quiz.answers.map((a, i) => {
        const picked = answered && i === answer;
        return (
          <div key={i} className={`quiz-answer${picked ? (a.correct ? ' correct' : ' wrong') : ''}`}>
            <label>
              <input type="radio" name={name} checked={answer === i} onChange={() => onAnswer(i)} aria-describedby={picked ? `${name}-why` : undefined} /> {a.text}
            </label>
            {picked && <p className="quiz-explanation" id={`${name}-why`} data-testid="quiz-explanation">{a.explanation}</p>}
          </div>
        );
      })}
      {chosen && (
        <p role="status" className={chosen.correct ? 'quiz-verdict correct' : 'quiz-verdict wrong'} data-testid="quiz-verdict">
          {chosen.correct ? 'Right answer.' : 'Not this one. Read why above, then try another answer.'}
        </p>
      )}
    </fieldset>
  );
}
