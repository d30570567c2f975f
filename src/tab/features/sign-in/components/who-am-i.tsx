// Who you are signed in as, with the way to become someone else (demo only).
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useSession } from '../session.js';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap' },
  who: { color: tokens.colorNeutralForeground2 },
});

export function WhoAmI() {
  const styles = useStyles();
  const { me, mode, switchPerson } = useSession();
  if (!me) return null;
  return (
    <div className={styles.root}>
      <span className={styles.who}>
        Signed in as <strong>{me.name}</strong>, {me.jobTitle}
      </span>
      {mode === 'local' && (
        <Button size="small" onClick={() => void switchPerson()}>
          Switch person
        </Button>
      )}
    </div>
  );
}
