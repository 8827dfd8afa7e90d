// Check-your-understanding question. Once answered, every answer shows why it is right or wrong.
import { useId } from 'react';
import type { Quiz } from '../../lessons/types.ts';

export function QuizCard({ quiz, answer, onAnswer }: { quiz: Quiz; answer: number | undefined; onAnswer(index: number): void }) {
  const name = useId();
  const answered = answer !== undefined && answer < quiz.answers.length;
  const chosen = answered ? quiz.answers[answer] : undefined;
  return (
    <fieldset className="lesson-quiz" data-testid="lesson-quiz">
      <legend>Check your understanding</legend>
      <p>{quiz.question}</p>
      {quiz.answers.map((a, i) => (
        <div key={i} className={`quiz-answer${answered ? (a.correct ? ' correct' : i === answer ? ' wrong' : '') : ''}`}>
          <label>
            <input type="radio" name={name} checked={answer === i} onChange={() => onAnswer(i)} /> {a.text}
          </label>
          {answered && <p className="quiz-explanation" data-testid="quiz-explanation">{a.correct ? 'Correct. ' : 'Not quite. '}{a.explanation}</p>}
        </div>
      ))}
      {chosen && (
        <p role="status" className={chosen.correct ? 'quiz-verdict correct' : 'quiz-verdict wrong'} data-testid="quiz-verdict">
          {chosen.correct ? 'Right answer.' : 'That one is not right; read the explanations and try another.'}
        </p>
      )}
    </fieldset>
  );
}
