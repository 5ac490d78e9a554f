/** Plain pictures for the four steps of a visit (drawn inline: no image requests). */
export function StepPicture({ step }: { step: number }) {
  const common = {
    width: 96,
    height: 96,
    viewBox: '0 0 96 96',
    'aria-hidden': true,
    className: 'step-picture',
  } as const;
  switch (step) {
    case 1:
      return (
        <svg {...common}>
          <rect x="28" y="8" width="40" height="80" rx="6" fill="#0b3d91" />
          <rect x="33" y="16" width="30" height="56" fill="#fff" />
          <path d="M38 30h20M38 40h20M38 50h12" stroke="#0b3d91" strokeWidth="4" />
        </svg>
      );
    case 2:
      return (
        <svg {...common}>
          <rect x="18" y="18" width="60" height="60" fill="#fff" stroke="#0b3d91" strokeWidth="4" />
          <path d="M26 26h16v16H26zM54 26h16v16H54zM26 54h16v16H26zM54 54h6v6h-6zM64 64h6v6h-6z" fill="#0b3d91" />
        </svg>
      );
    case 3:
      return (
        <svg {...common}>
          <rect x="22" y="6" width="52" height="70" rx="4" fill="#0b3d91" />
          <rect x="30" y="14" width="36" height="30" fill="#fff" />
          <rect x="32" y="60" width="32" height="30" fill="#fff" stroke="#0b3d91" strokeWidth="3" />
          <text x="48" y="82" textAnchor="middle" fontSize="14" fontWeight="700" fill="#0b3d91">
            A-7
          </text>
        </svg>
      );
    default:
      return (
        <svg {...common}>
          <rect x="8" y="14" width="80" height="46" rx="4" fill="#0b3d91" />
          <text x="48" y="45" textAnchor="middle" fontSize="20" fontWeight="700" fill="#fff">
            A-7 → 2
          </text>
          <circle cx="30" cy="78" r="8" fill="#0b3d91" />
          <circle cx="66" cy="78" r="8" fill="#0b3d91" />
        </svg>
      );
  }
}
