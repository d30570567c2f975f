// My work: the returns I have to enter, check and authorise, most urgent first, and the progress
// updates of my key actions.
import { makeStyles } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { ReturnView } from '../../../shared/api/index.js';
import {
  ErrorBar,
  InfoBar,
  Loading,
  useLoad,
  usePageStyles,
} from '../../../shared/components/index.js';
import { useSession } from '../../sign-in/index.js';
import { getMyReturns } from '../api/index.js';
import { DecideReturn } from './decide-return.js';
import { EnterReturnForm } from './enter-return-form.js';
import { FigureFacts } from './figure-facts.js';
import { MyActionPlans } from './my-action-plans.js';
import { MyKeyActions } from './my-key-actions.js';
import { MyReminders } from './my-reminders.js';
import { ReturnCard } from './return-card.js';

const useStyles = makeStyles({ list: { display: 'grid', gap: '16px' } });

interface Notice {
  intent: 'success' | 'warning';
  text: string;
}

interface SectionProps {
  id: string;
  title: string;
  empty: string;
  returns: ReturnView[];
  render: (ret: ReturnView) => ReactNode;
}

function Section({ id, title, empty, returns, render }: SectionProps) {
  const page = usePageStyles();
  const styles = useStyles();
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className={page.h2}>
        {title} ({returns.length})
      </h2>
      {returns.length === 0 ? (
        <p className={page.muted}>{empty}</p>
      ) : (
        <div className={styles.list}>
          {returns.map((r) => (
            <ReturnCard key={r.id} ret={r}>
              {render(r)}
            </ReturnCard>
          ))}
        </div>
      )}
    </section>
  );
}

export function MyWorkPage() {
  const page = usePageStyles();
  const { me } = useSession();
  const mine = useLoad(getMyReturns, [me?.id]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const done = (text: string) => {
    setNotice({ intent: 'success', text });
    mine.reload();
  };
  const conflict = (text: string) => {
    setNotice({ intent: 'warning', text });
    mine.reload();
  };
  const common = { onDone: done, onConflict: conflict };
  return (
    <>
      <h1 className={page.h1}>My work</h1>
      <div role="status">{notice && <InfoBar intent={notice.intent}>{notice.text}</InfoBar>}</div>
      {mine.error && <ErrorBar>Could not load your returns: {mine.error.message}</ErrorBar>}
      {!mine.data && mine.loading && <Loading label="Loading your returns" />}
      {mine.data && (
        <>
          <Section
            id="to-enter"
            title="To enter"
            empty="Nothing to enter."
            returns={mine.data.toEnter}
            render={(r) => <EnterReturnForm key={r.version} ret={r} {...common} />}
          />
          <Section
            id="to-check"
            title="To check"
            empty="Nothing to check."
            returns={mine.data.toCheck}
            render={(r) => (
              <>
                <FigureFacts ret={r} />
                <DecideReturn
                  key={r.version}
                  ret={r}
                  mode="check"
                  meId={me?.id ?? ''}
                  {...common}
                />
              </>
            )}
          />
          <Section
            id="to-authorise"
            title="To authorise"
            empty="Nothing to authorise."
            returns={mine.data.toAuthorise}
            render={(r) => (
              <>
                <FigureFacts ret={r} />
                <DecideReturn
                  key={r.version}
                  ret={r}
                  mode="authorise"
                  meId={me?.id ?? ''}
                  {...common}
                />
              </>
            )}
          />
        </>
      )}
      {me && <MyKeyActions meId={me.id} onDone={done} onConflict={conflict} />}
      {me && <MyActionPlans key={notice?.text ?? ''} meId={me.id} />}
      {me && <MyReminders meId={me.id} />}
    </>
  );
}
