import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface ChartRow {
  name: string;
  value: number;
}

/** A labelled bar chart (recharts), with the same figures as a table for screen readers. */
export default function FigureChart({ title, rows, unit }: { title: string; rows: ChartRow[]; unit?: string }) {
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="value" fill="#0b3d91" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td>
                {row.value}
                {unit ? ` ${unit}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

const SERIES_COLOURS = ['#0b3d91', '#b35c00', '#1b7f3a', '#7a1f8f'];

/** Several series per row (e.g. a stage's mean wait per hour), as lines, with the same figures as a table. */
export function HourChart({
  title,
  series,
  rows,
}: {
  title: string;
  series: { key: string; name: string }[];
  rows: ({ name: string } & Record<string, string | number | null | undefined>)[];
}) {
  return (
    <figure className="chart" data-testid="waits-by-hour">
      <figcaption>{title}</figcaption>
      <div className="chart-canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <LineChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {series.map((line, index) => (
              <Line
                key={line.key}
                dataKey={line.key}
                name={line.name}
                stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
        <thead>
          <tr>
            <td />
            {series.map((line) => (
              <th key={line.key} scope="col">
                {line.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              {series.map((line) => (
                <td key={line.key}>{row[line.key] ?? '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
