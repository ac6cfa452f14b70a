/**
 * Titles that put a region before a plan's title, built in one place (issue 16): a plan whose title already names
 * the region, or part of it, is not named twice (绍兴市越城区 + 绍兴市越城区科技创新… → 绍兴市越城区科技创新…;
 * 绍兴市柯桥区 + 柯桥区科技创新… → 绍兴市柯桥区科技创新…); any other plan is quoted in 书名号, as an official
 * document cites one (绍兴市《浙江省高新技术产业发展“十四五”规划》…), never run into the region's name.
 */

/** The tails of a full region name that are region names themselves: 绍兴市柯桥区 → [绍兴市柯桥区, 柯桥区]. */
function regionTails(region: string): string[] {
  const tails = [region];
  for (let i = 1; i < region.length; i++) if ('省市州盟'.includes(region[i - 1] ?? '')) tails.push(region.slice(i));
  return tails.filter((tail) => tail.length >= 2);
}

/** `region` followed by the plan's title, without repeating the region; the plan's title alone when region is empty. */
export function regionPlanTitle(region: string, planTitle: string): string {
  if (region === '') return planTitle;
  const tail = regionTails(region).find((candidate) => planTitle.startsWith(candidate));
  if (tail !== undefined) return region + planTitle.slice(tail.length);
  return `${region}《${planTitle}》`;
}
