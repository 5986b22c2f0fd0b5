// Values the gateway validates names against (smartpick/events/specialties.py and states.py),
// offered in the pickers so nobody types a name the gateway refuses.
export const SPECIALTIES = [
  "Anesthesiology", "Child Neurology", "Dermatology", "Emergency Medicine", "Family Medicine",
  "Internal Medicine", "Internal Medicine/Pediatrics", "Interventional Radiology (Integrated)",
  "Neurological Surgery", "Neurology", "Obstetrics and Gynecology", "Orthopaedic Surgery",
  "Otolaryngology", "Pathology-Anatomic and Clinical", "Pediatrics",
  "Physical Medicine and Rehabilitation", "Plastic Surgery (Integrated)", "Psychiatry",
  "Public Health and Preventive Medicine", "Radiation Oncology", "Radiology-Diagnostic",
  "Surgery-General", "Thoracic Surgery (Integrated)", "Vascular Surgery (Integrated)",
];

export const STATES = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
  "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
  "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
  "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI",
];

export const APPLICANT_TYPES = [
  { value: "NON_US_IMG", label: "International graduate, not a US citizen" },
  { value: "US_IMG", label: "International graduate, US citizen" },
  { value: "US_MD", label: "US MD graduate" },
  { value: "US_DO", label: "US DO graduate" },
];

export const VISAS = [
  { value: "NONE", label: "No visa needed" },
  { value: "J1", label: "J-1" },
  { value: "H1B", label: "H-1B" },
];

/** 0.4231 → "42%"; chances below one percent keep a decimal. */
export function percent(probability: number): string {
  const value = probability * 100;
  return value > 0 && value < 1 ? `${value.toFixed(1)}%` : `${Math.round(value)}%`;
}

/** An 80 % range; one decimal when whole percents would show the same figure twice. */
export function percentRange({ low, high }: { low: number; high: number }): string {
  const whole = `${percent(low)}–${percent(high)}`;
  return percent(low) !== percent(high) ? whole : `${(low * 100).toFixed(1)}%–${(high * 100).toFixed(1)}%`;
}

export function dollars(amount: number): string {
  return `$${amount.toLocaleString("en-US")}`;
}
